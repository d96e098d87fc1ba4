package se.rodtrad.meetings.web;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.meetings.Diary;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.MeetingSearch;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.NoticeBoard;
import se.rodtrad.shared.domain.NotFoundException;

/**
 * The public portal's meetings: published agendas and adjusted minutes, the notice board and the public diary — for
 * anyone, without login. Nothing confidential (a case under secrecy shows only its number) and nothing unadjusted (no
 * decision before the minutes are adjusted) is shown.
 */
@Controller
class MeetingPortalPages {

    private final Meetings meetings;
    private final NoticeBoard board;
    private final Diary diary;
    private final MeetingSearch search;

    MeetingPortalPages(Meetings meetings, NoticeBoard board, Diary diary, MeetingSearch search) {
        this.meetings = meetings;
        this.board = board;
        this.diary = diary;
        this.search = search;
    }

    @GetMapping("/portal/sammantraden")
    String list(@RequestParam(name = "q", required = false) String q, Model m) {
        m.addAttribute("meetings", meetings.publicMeetings());
        m.addAttribute("q", q);
        m.addAttribute("hits", q == null || q.isBlank() ? null : search.publicSearch(q));
        return "meetings/portal-meetings";
    }

    @GetMapping("/portal/sammantraden/{id}")
    String meeting(@PathVariable UUID id, Model m) {
        MeetingDetails d = meetings.publicDetails(id);
        m.addAttribute("d", d);
        m.addAttribute("meeting", d.meeting());
        m.addAttribute("today", board.today());
        return "meetings/portal-meeting";
    }

    @GetMapping("/portal/anslagstavla")
    String board(Model m) {
        m.addAttribute("notices", board.current());
        m.addAttribute("archive", board.all());
        m.addAttribute("today", board.today());
        return "meetings/portal-board";
    }

    @GetMapping("/portal/diarium")
    String diary(@RequestParam(name = "q", required = false) String q, Model m) {
        m.addAttribute("q", q);
        m.addAttribute("cases", diary.publicDiary(q));
        return "meetings/portal-diary";
    }

    /** An uploaded paper of a published agenda, when neither it nor its case is confidential. */
    @GetMapping("/portal/handlingar/{documentId}")
    ResponseEntity<byte[]> paper(@PathVariable UUID documentId) {
        return DiaryPages.file(diary.publicFile(documentId).orElseThrow(() -> new NotFoundException("offentlig handling", documentId)));
    }
}
