package se.rodtrad.meetings;

import static se.rodtrad.shared.demo.DemoYaml.source;
import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

/**
 * Loads the meetings' demo data on first start ({@code demo/meetings/}): the diary's series and the cases seed 001
 * names, RTN's members and substitutes, and the meeting of 2020-01-22 as its notice prints it — not held, so a person
 * can hold it. Everything goes through the same rules as a person's entries (case numbers, agenda items needing a case).
 */
@Component
@Order(45)
class MeetingsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);
    static final String SEED = "001_fb44509df49901da.txt";

    private final DiaryRepository diaryRepository;
    private final Diary diary;
    private final MemberRepository members;
    private final MeetingRepository meetings;
    private final Meetings meetingReader;
    private final Agenda agenda;
    private final Organisation organisation;
    private final TransactionTemplate tx;

    MeetingsDemoData(DiaryRepository diaryRepository, Diary diary, MemberRepository members, MeetingRepository meetings, Meetings meetingReader,
            Agenda agenda, Organisation organisation, TransactionTemplate tx) {
        this.diaryRepository = diaryRepository;
        this.diary = diary;
        this.members = members;
        this.meetings = meetings;
        this.meetingReader = meetingReader;
        this.agenda = agenda;
        this.organisation = organisation;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (diaryRepository.isEmpty()) {
                log.info("Diariet inläst: {} ärenden", loadDiary());
            }
            if (members.isEmpty()) {
                log.info("Ledamöter och ersättare inlästa: {}", loadMembers());
            }
            if (meetings.isEmpty()) {
                loadMeeting("demo/meetings/rtn-2020-01-22.yaml");
                log.info("Sammanträdet RTN 2020-01-22 inläst (ej hållet)");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private int loadDiary() {
        Map<String, Object> doc = yaml("demo/meetings/diary.yaml");
        Unit region = organisation.homeRegion();
        for (Map<String, Object> s : (List<Map<String, Object>>) doc.get("series")) {
            diaryRepository.insertSeries(region.id(), str(s.get("code")), str(s.get("name")), str(s.get("format")));
        }
        List<Map<String, Object>> cases = (List<Map<String, Object>>) doc.get("cases");
        for (Map<String, Object> c : cases) {
            String number = str(c.get("caseNumber"));
            DiaryCase registered = diary.register(new RegisterCase("RS", number, str(c.get("title")), date(c.get("registeredOn")), unit(c.get("body")),
                    unit(c.get("unit")), str(c.get("caseOfficer")), false, null), SEED + " r. " + str(c.get("lines")), false, "system");
            CaseStatus target = CaseStatus.valueOf(str(c.get("status")));
            if (target == CaseStatus.PREPARED) {
                diary.markPrepared(registered.id(), "system");
            } else if (target == CaseStatus.DECIDED) {
                diary.markDecided(registered.id(), "Beslutat före Röd tråd (seed 001)", "system");
            }
        }
        // every number of the series below and between the seed's cases was given by the region's diary before the product
        String reason = str(doc.get("gapReason"));
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        for (Map<String, Object> c : cases) {
            DiaryCase dc = diary.caseByNumber(str(c.get("caseNumber")));
            byYear.computeIfAbsent(dc.year(), y -> new ArrayList<>()).add(dc.number());
        }
        byYear.forEach((year, numbers) -> {
            numbers.sort(Comparator.naturalOrder());
            int from = 1;
            for (int n : numbers) {
                if (n > from) {
                    diary.explainGap("RS", year, from, n - 1, reason, "system");
                }
                from = n + 1;
            }
        });
        return cases.size();
    }

    @SuppressWarnings("unchecked")
    private int loadMembers() {
        Map<String, Object> doc = yaml("demo/meetings/members-rtn.yaml");
        UUID body = unit(doc.get("body"));
        Map<String, Object> term = (Map<String, Object>) doc.get("term");
        LocalDate from = date(term.get("from"));
        LocalDate to = date(term.get("to"));
        int n = 0;
        for (String group : List.of("members", "substitutes")) {
            int order = 0;
            for (Map<String, Object> m : (List<Map<String, Object>>) doc.getOrDefault(group, List.of())) {
                boolean exempeldata = Boolean.TRUE.equals(m.get("exempeldata"));
                members.insert(body, str(m.get("name")), str(m.get("party")), group.equals("members") ? Member.MEMBER : Member.SUBSTITUTE,
                        str(m.get("position")), from, to, null, str(m.get("account")), order++,
                        exempeldata ? "exempeldata" : source(m.get("source")), exempeldata, "system");
                n++;
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private void loadMeeting(String path) {
        Map<String, Object> doc = yaml(path);
        UUID body = unit(doc.get("body"));
        LocalDate date = date(doc.get("date"));
        UUID id = meetings.insertMeeting(body, date, null, null, date(doc.get("adjustmentDeadline")), str(doc.get("secretary")), null,
                source(doc.get("source")), false, "system");
        Meeting meeting = meetingReader.meeting(id);
        for (Map<String, Object> it : (List<Map<String, Object>>) doc.get("items")) {
            List<Paper> papers = new ArrayList<>(((List<Object>) it.getOrDefault("papers", List.of())).stream().map(p -> Paper.listed(str(p))).toList());
            // papers the product renders from its own data (the report of delegated decisions the printed bilaga is)
            for (Map<String, Object> r : (List<Map<String, Object>>) it.getOrDefault("renderedPapers", List.of())) {
                papers.add(Paper.rendered(str(r.get("title")), str(r.get("href"))));
            }
            agenda.addItem(meeting, new AgendaItemDraft(ItemKind.valueOf(str(it.get("kind"))), Boolean.TRUE.equals(it.get("procedural")),
                    str(it.get("title")), str(it.get("caseNumber")), str(it.get("presenters")), strings(it.get("proposedClauses")), str(it.get("summary")),
                    str(it.get("description")), str(it.get("consequences")), str(it.get("economicConsequences")), strings(it.get("informationPoints")),
                    strings(it.get("distribution")), papers), SEED + " r. " + str(it.get("lines")), "system");
        }
        List<UUID[]> adjusters = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) doc.getOrDefault("adjusters", List.of())) {
            UUID member = members.findByName(body, str(a.get("member"))).orElseThrow().id();
            UUID substitute = a.get("substitute") == null ? null : members.findByName(body, str(a.get("substitute"))).orElseThrow().id();
            adjusters.add(new UUID[] {member, substitute});
        }
        meetings.replaceAdjusters(id, adjusters);
    }

    private UUID unit(Object code) {
        return code == null ? null : organisation.unitByCode(str(code)).orElseThrow(() -> new IllegalStateException("Okänd enhet " + code)).id();
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return o == null ? null : LocalDate.parse(String.valueOf(o));
    }

    @SuppressWarnings("unchecked")
    private static <T> T yaml(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return (T) new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + path, e);
        }
    }
}
