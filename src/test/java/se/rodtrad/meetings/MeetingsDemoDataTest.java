package se.rodtrad.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;

/**
 * The RTN meeting of 2020-01-22 as the demo holds it, compared with seed 001: every item in order with its title, case
 * number, presenters, kind, att-clauses, texts, information points, papers and distribution list — each text found in
 * the seed once line breaks and line-end hyphenation are undone. The meeting is not held.
 */
@RodtradTest
class MeetingsDemoDataTest {

    static String seed;

    @Autowired
    Meetings meetings;
    @Autowired
    Diary diary;
    @Autowired
    Organisation organisation;

    @BeforeAll
    static void readSeed() throws IOException {
        Path path = Path.of("../shared/seeds/001_fb44509df49901da.txt");
        if (!Files.exists(path)) {
            path = Path.of("/work/shared/seeds/001_fb44509df49901da.txt");
        }
        seed = normalise(Files.readString(path, StandardCharsets.UTF_8));
    }

    /** The seed's text as one line: private-use bullet glyphs dropped, line-end hyphens joined, whitespace single. */
    static String normalise(String s) {
        String t = s.replaceAll("[\\uE000-\\uF8FF]", " ");
        t = t.replaceAll("(\\p{Ll})-[ \\t]*\\R[ \\t]*(?!och\\b|eller\\b)(\\p{Ll})", "$1$2"); // "grundskole- och/eller" keeps its hyphen
        return t.replaceAll("\\s+", " ").strip();
    }

    private MeetingDetails meeting() {
        UUID rtn = organisation.unitByCode("RTN").orElseThrow().id();
        Meeting m = meetings.meetings(rtn).stream().filter(x -> x.date().equals(LocalDate.of(2020, 1, 22))).findFirst().orElseThrow();
        return meetings.details(m.id());
    }

    @Test
    void the_meeting_of_2020_01_22_holds_the_seven_items_as_the_notice_prints_them() {
        MeetingDetails d = meeting();
        assertThat(d.meeting().adjustmentDeadline()).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(seed).contains("Protokollet ska vara justerat senast den " + d.meeting().adjustmentDeadlineInWords() + ".");
        assertThat(d.items()).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(d.items()).extracting(AgendaItem::title).containsExactly(
                "Protokollsjustering",
                "Information",
                "Regionala tillväxtnämndens verksamhetsplan med budget 2020",
                "Egen finansiering från det statliga 1:1-anslaget till projekt Personen Alfred Nobel, hans anda och livsgärning - PAN",
                "Förlängning av inriktningsbeslut för finansiering från det statliga anslaget 1:1 Regionala tillväxtåtgärder 2019",
                "Ersättningsnivå för mobilitetstöd 2020",
                "Redovisning av delegationsbeslut");
        assertThat(d.items()).extracting(AgendaItem::caseNumber)
                .containsExactly(null, null, "19RS9687", "19RS10041", "18RS7061", "19RS9336", "19RS10494");
        assertThat(d.items()).extracting(AgendaItem::presenters)
                .containsExactly(null, null, "Petter Arneback, Linda Torége", "Mirela Redzic", "Lena Kihl", "Jan Carlsson", "Petter Arneback");
        assertThat(d.items()).extracting(AgendaItem::kind).containsExactly(ItemKind.DECISION, ItemKind.INFORMATION, ItemKind.DECISION,
                ItemKind.DECISION, ItemKind.DECISION, ItemKind.DECISION, ItemKind.DECISION);
        assertThat(d.items().get(0).procedural()).isTrue();
        assertThat(d.items().get(1).informationPoints()).hasSize(7).first().isEqualTo("Ung företagsamhet - Ida Thorell");
        assertThat(d.items().get(3).proposedClauses()).hasSize(4).first().asString()
                .isEqualTo("Region Örebro län beviljas 50 procent av projektets bokförda kostnader, dock högst 1 675 505 kronor för genomförande av "
                        + "projekt Personen Alfred Nobel, hans anda och livsgärning – PAN,");
        assertThat(d.items().get(6).proposedClauses()).containsExactly("godkänna redovisningen.");
        assertThat(d.adjusters()).singleElement().satisfies(a -> {
            assertThat(a.memberName()).isEqualTo("Fredrik Persson (MP)");
            assertThat(a.substituteName()).isEqualTo("Patrik Nyström (SD)");
        });
        assertThat(d.meeting().status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(d.decisions()).isEmpty();
        assertThat(d.attendance()).isEmpty();
    }

    @Test
    void every_text_of_every_item_is_found_in_the_seed() {
        List<String> missing = new ArrayList<>();
        for (AgendaItem i : meeting().items()) {
            List<String> texts = new ArrayList<>();
            texts.add(i.title());
            if (i.presenters() != null) {
                texts.add("Föredragande: " + i.presenters());
            }
            if (i.caseNumber() != null) {
                texts.add(i.caseNumber());
            }
            i.proposedClauses().forEach(c -> texts.addAll(List.of(c.split("\n"))));
            texts.addAll(i.informationPoints());
            texts.addAll(i.distribution());
            // papers as printed; a paper the product renders (the report of delegated decisions) is the product's, not the seed's
            i.papers().stream().filter(p -> !"RENDERED".equals(p.kind())).forEach(p -> texts.add(p.title()));
            for (String t : new String[] {i.summary(), i.description(), i.consequences(), i.economicConsequences()}) {
                if (t != null) {
                    texts.addAll(List.of(t.split("\n\n")));
                }
            }
            for (String t : texts) {
                if (!seed.contains(normalise(t))) {
                    missing.add(i.number() + ": " + t);
                }
            }
        }
        assertThat(missing).as("texts not found in seed 001").isEmpty();
    }

    @Test
    void the_diary_holds_the_cases_the_seed_prints_with_their_titles() {
        assertThat(diary.caseByNumber("19RS9687").title()).isEqualTo("Regionala tillväxtnämndens verksamhetsplan med budget 2020");
        assertThat(diary.caseByNumber("19RS9687").status()).isEqualTo(CaseStatus.PREPARED);
        assertThat(diary.caseByNumber("19RS10041").year()).isEqualTo(2019);
        assertThat(diary.caseByNumber("19RS10041").number()).isEqualTo(10041);
        assertThat(diary.caseByNumber("18RS7061").year()).isEqualTo(2018);
        assertThat(diary.caseByNumber("19RS9282").registeredOn()).isEqualTo(LocalDate.of(2019, 11, 18));
        for (String n : List.of("19RS9687", "19RS10041", "18RS7061", "19RS9336", "19RS10494", "19RS10464", "19RS9565", "19RS9282", "19RS8649")) {
            assertThat(seed).contains(n);
            assertThat(diary.findByNumber(n)).as(n).isPresent();
        }
        assertThat(diary.gaps()).isNotEmpty().allSatisfy(g -> assertThat(g.reason()).isNotBlank());
    }
}
