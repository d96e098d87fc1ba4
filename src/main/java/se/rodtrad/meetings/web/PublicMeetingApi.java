package se.rodtrad.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.shared.web.OpenData;
import se.rodtrad.shared.web.OpenData.Published;
import se.rodtrad.meetings.Diary;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.MeetingSearch;
import se.rodtrad.meetings.MeetingSearchHit;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.NoticeBoard;

/**
 * Open data of the meetings, without login: the notice board, published agendas and adjusted minutes, the public
 * diary, the public search — as JSON and CSV. Nothing confidential and nothing unadjusted; no usernames.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Öppna data: sammanträden", description = "Anslagstavlan, publicerade föredragningslistor, justerade protokoll och diariet. Licens: CC0 1.0.")
class PublicMeetingApi {


    private final NoticeBoard board;
    private final Meetings meetings;
    private final Diary diary;
    private final MeetingSearch search;

    PublicMeetingApi(NoticeBoard board, Meetings meetings, Diary diary, MeetingSearch search) {
        this.board = board;
        this.meetings = meetings;
        this.diary = diary;
        this.search = search;
    }


    record NoticeJson(String meeting, UUID meetingId, String bodyCode, LocalDate meetingDate, LocalDate adjustedOn, LocalDate postedOn,
            LocalDate removeAfter, LocalDate appealDeadline, String keptAt) {
        static NoticeJson of(NoticeBoard.Notice n) {
            return new NoticeJson(n.title(), n.meetingId(), n.bodyCode(), n.meetingDate(), n.adjustedOn(), n.postedOn(), n.removeAfter(),
                    n.appealDeadline(), n.keptAt());
        }
    }

    @GetMapping(value = "/notice-board", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Anslagstavlan: tillkännagivanden om justerade protokoll som är uppe i dag, med överklagandetiden (KL 8 kap. 12 §, 13 kap. 5 §)")
    ResponseEntity<Published<List<NoticeJson>>> noticeBoard() {
        return OpenData.json(board.current().stream().map(NoticeJson::of).toList());
    }

    @GetMapping(value = "/notice-board.csv", produces = "text/csv")
    @Operation(summary = "Anslagstavlan som CSV")
    ResponseEntity<String> noticeBoardCsv() {
        String rows = board.current().stream().map(NoticeJson::of).map(n -> row(n.meeting(), n.bodyCode(), n.meetingDate(), n.adjustedOn(), n.postedOn(),
                n.removeAfter(), n.appealDeadline(), n.keptAt())).collect(Collectors.joining());
        return OpenData.csv(row("meeting", "bodyCode", "meetingDate", "adjustedOn", "postedOn", "removeAfter", "appealDeadline", "keptAt") + rows);
    }

    record PublicMeetingJson(UUID id, String bodyCode, String bodyName, LocalDate date, boolean agendaPublished, boolean adjusted) {

        static PublicMeetingJson of(Meeting m) {
            return new PublicMeetingJson(m.id(), m.bodyCode(), m.bodyName(), m.date(), m.isAgendaPublished(), m.isAdjusted());
        }
    }

    /** A case as a line of the public diary's CSV: a confidential one by number, date and that it is confidential only. */
    record PublicCaseRow(Object[] cells) {

        static PublicCaseRow of(Diary.PublicCase c) {
            return new PublicCaseRow(new Object[] {c.caseNumber(), c.registeredOn(), c.confidential() ? "Sekretess" : c.title(), c.confidential(), c.status(),
                    c.bodyCode()});
        }
    }

    @GetMapping(value = "/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sammanträden med publicerad föredragningslista eller justerat protokoll")
    ResponseEntity<Published<List<PublicMeetingJson>>> meetings() {
        return OpenData.json(publicMeetings());
    }

    @GetMapping(value = "/meetings.csv", produces = "text/csv")
    @Operation(summary = "Sammanträden med publicerad föredragningslista som CSV")
    ResponseEntity<String> meetingsCsv() {
        String rows = publicMeetings().stream().map(m -> row(m.id(), m.bodyCode(), m.bodyName(), m.date(), m.agendaPublished(), m.adjusted()))
                .collect(Collectors.joining());
        return OpenData.csv(row("id", "bodyCode", "bodyName", "date", "agendaPublished", "adjusted") + rows);
    }

    private List<PublicMeetingJson> publicMeetings() {
        return meetings.publicMeetings().stream().map(PublicMeetingJson::of).toList();
    }

    record PublicItemJson(int number, String title, String caseNumber, String kind, String presenters, List<String> proposedClauses,
            String summary, List<String> informationPoints, List<String> papers, String paragraph, String outcome, List<String> clauses) {
    }

    @GetMapping(value = "/meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ett publicerat sammanträde: föredragningslistan, och besluten när protokollet är justerat")
    ResponseEntity<Published<List<PublicItemJson>>> meeting(@PathVariable UUID id) {
        MeetingDetails d = meetings.publicDetails(id);
        return OpenData.json(d.items().stream().map(i -> {
            var dec = d.decisions().get(i.id());
            return new PublicItemJson(i.number(), i.title(), i.caseNumber(), i.kind().name(), i.presenters(), i.proposedClauses(), i.summary(),
                    i.informationPoints(), i.papers().stream().map(p -> p.title()).toList(), dec == null ? null : dec.paragraphLabel(),
                    dec == null ? null : dec.outcome().name(), dec == null ? null : dec.clauses());
        }).toList());
    }

    @GetMapping(value = "/diary", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Diariet: nummer, datum och titel; ett sekretessbelagt ärende bara med nummer, datum och att det är sekretess")
    ResponseEntity<Published<List<Diary.PublicCase>>> diary(@RequestParam(name = "q", required = false) String q) {
        return OpenData.json(diary.publicDiary(q));
    }

    @GetMapping(value = "/diary.csv", produces = "text/csv")
    @Operation(summary = "Diariets offentliga ärenden som CSV (valfri sökning q)")
    ResponseEntity<String> diaryCsv(@RequestParam(name = "q", required = false) String q) {
        String rows = diary.publicDiary(q).stream().map(c -> row(PublicCaseRow.of(c).cells())).collect(Collectors.joining());
        return OpenData.csv(row("caseNumber", "registeredOn", "title", "confidential", "status", "bodyCode") + rows);
    }

    @GetMapping(value = "/meetings/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sök i det offentliga: ärenden, publicerade föredragningslistor och justerade beslut")
    ResponseEntity<Published<List<MeetingSearchHit>>> search(@RequestParam(name = "q") String q) {
        return OpenData.json(search.publicSearch(q));
    }

    /** CSV as open data elsewhere writes it: RFC 4180, formulas neutralised with an apostrophe. */
    static String row(Object... values) {
        return Arrays.stream(values).map(PublicMeetingApi::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }


}
