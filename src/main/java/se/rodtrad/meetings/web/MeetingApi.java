package se.rodtrad.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.meetings.Agenda;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.AgendaItemDraft;
import se.rodtrad.meetings.CaseDocument;
import se.rodtrad.meetings.Diary;
import se.rodtrad.meetings.DiaryCase;
import se.rodtrad.meetings.ItemDecision;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.MeetingParticipation.Attendance;
import se.rodtrad.meetings.MeetingSearch;
import se.rodtrad.meetings.MeetingSearchHit;
import se.rodtrad.meetings.MeetingSession;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.Member;
import se.rodtrad.meetings.Minutes;
import se.rodtrad.meetings.Paper;
import se.rodtrad.meetings.RecordDecision;
import se.rodtrad.meetings.RegisterCase;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.NotFoundException;

/** The meetings and the diary as JSON: what the pages show and do, for other systems. */
@RestController
@Tag(name = "Sammanträden och diarium", description = "Sammanträden med föredragningslista, beslut (§), justering; diariets ärenden")
class MeetingApi {

    private final Meetings meetings;
    private final Agenda agenda;
    private final MeetingSession session;
    private final Minutes minutes;
    private final Diary diary;
    private final MeetingSearch search;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final se.rodtrad.meetings.Members members;

    MeetingApi(Meetings meetings, Agenda agenda, MeetingSession session, Minutes minutes, Diary diary, MeetingSearch search, Organisation organisation,
            AccessPolicy access, se.rodtrad.meetings.Members members) {
        this.members = members;
        this.meetings = meetings;
        this.agenda = agenda;
        this.session = session;
        this.minutes = minutes;
        this.diary = diary;
        this.search = search;
        this.organisation = organisation;
        this.access = access;
    }

    record MeetingSummaryJson(UUID id, String bodyCode, LocalDate date, String status) {
        static MeetingSummaryJson of(Meeting m) {
            return new MeetingSummaryJson(m.id(), m.bodyCode(), m.date(), m.status().name());
        }
    }

    record DecisionJson(String paragraph, String outcome, List<String> clauses, String voteMethod, Integer yes, Integer no, Integer abstain,
            String voteResult, List<ReservationJson> reservations, String protocolNote) {
        static DecisionJson of(ItemDecision d) {
            return d == null ? null : new DecisionJson(d.paragraphLabel(), d.outcome().name(), d.clauses(), d.voteMethod(), d.yesCount(), d.noCount(),
                    d.abstainCount(), d.voteResult(), d.reservations().stream().map(r -> new ReservationJson(r.memberName(), r.reason())).toList(),
                    d.protocolNote());
        }
    }

    record ReservationJson(String member, String reason) {
    }

    record PaperJson(String title, String kind, String href) {
        static PaperJson of(Paper p) {
            return new PaperJson(p.title(), p.kind(), p.documentId() != null ? "/diarium/handlingar/" + p.documentId() : p.href());
        }
    }

    record ItemJson(UUID id, int number, String title, String caseNumber, String presenters, String kind, boolean procedural,
            List<String> proposedClauses, String summary, String description, String consequences, String economicConsequences,
            List<String> informationPoints, List<String> distribution, DecisionJson decision, List<PaperJson> papers, int version) {
        static ItemJson of(AgendaItem i, ItemDecision d) {
            return new ItemJson(i.id(), i.number(), i.title(), i.caseNumber(), i.presenters(), i.kind().name(), i.procedural(), i.proposedClauses(),
                    i.summary(), i.description(), i.consequences(), i.economicConsequences(), i.informationPoints(), i.distribution(), DecisionJson.of(d),
                    i.papers().stream().map(PaperJson::of).toList(), i.version());
        }
    }

    record AdjusterJson(String name, String substitute) {
    }

    record SignatureJson(String name, String role, Instant signedAt) {
    }

    record MeetingJson(UUID id, String bodyCode, String bodyName, LocalDate date, String status, String place, List<ItemJson> items,
            List<AdjusterJson> adjusters, LocalDate adjustmentDeadline, boolean adjustmentOverdue, List<SignatureJson> signatures, Instant adjustedAt,
            int version) {
        static MeetingJson of(MeetingDetails d, LocalDate today) {
            Meeting m = d.meeting();
            return new MeetingJson(m.id(), m.bodyCode(), m.bodyName(), m.date(), m.status().name(), m.place(),
                    d.items().stream().map(i -> ItemJson.of(i, d.decisions().get(i.id()))).toList(),
                    d.adjusters().stream().map(a -> new AdjusterJson(a.memberName(), a.substituteName())).toList(), m.adjustmentDeadline(),
                    m.adjustmentOverdue(today), d.signatures().stream().map(s -> new SignatureJson(s.memberName(), s.role(), s.signedAt())).toList(),
                    m.adjustedAt(), m.version());
        }
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Ett organs sammanträden (body=RTN), nyaste först")
    List<MeetingSummaryJson> meetings(@RequestParam(name = "body", required = false) String body) {
        access.require(Permission.READ_INTERNAL, null);
        UUID bodyId = body == null ? null : organisation.unitByCode(body).orElseThrow(() -> new NotFoundException("organ", body)).id();
        return meetings.meetings(bodyId).stream().map(MeetingSummaryJson::of).toList();
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Ett sammanträde med föredragningslistans ärenden, beslut (null tills beslutat), justerare och justeringsdag")
    MeetingJson meeting(@PathVariable UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return MeetingJson.of(meetings.details(id), LocalDate.now());
    }

    @PostMapping("/api/v1/meetings/{id}/items")
    @Operation(summary = "Lägg ett ärende sist på föredragningslistan (beslutsärenden kräver diarienummer)")
    ItemJson addItem(@PathVariable UUID id, @RequestBody AgendaItemDraft draft) {
        return ItemJson.of(agenda.addItem(id, draft), null);
    }

    @PutMapping("/api/v1/meetings/{id}/items/{itemId}")
    @Operation(summary = "Ändra ett ärende; version måste vara den lästa (409 med den andras ändring annars)")
    ItemJson updateItem(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) Integer version,
            @RequestBody AgendaItemDraft draft) {
        return ItemJson.of(agenda.updateItem(itemId, version == null ? -1 : version, draft), null);
    }

    record AttendanceJson(UUID memberId, Boolean present, UUID servingFor) {
    }

    /** The attendance of every member and substitute: {@code {"attendance": [{"memberId": …, "present": true, "servingFor": …}]}}. */
    record AttendanceRequest(List<AttendanceJson> attendance) {
    }

    @PostMapping("/api/v1/meetings/{id}/attendance")
    @Operation(summary = "Närvaro: närvarande ledamöter och ersättare, och vem en ersättare tjänstgör för; öppnar sammanträdet")
    MeetingJson attendance(@PathVariable UUID id, @RequestBody AttendanceRequest request) {
        List<AttendanceJson> attendance = request.attendance() == null ? List.of() : request.attendance();
        session.recordAttendance(id, attendance.stream().map(a -> new Attendance(a.memberId(), Boolean.TRUE.equals(a.present()), a.servingFor(), null))
                .toList());
        return MeetingJson.of(meetings.details(id), LocalDate.now());
    }

    record DecisionRequest(Integer version, String outcome, List<String> clauses, String voteMethod, Map<UUID, String> votes,
            Map<UUID, String> reservations, String protocolNote) {
    }

    @PostMapping("/api/v1/meetings/{id}/items/{itemId}/decision")
    @Operation(summary = "Beslut i ett ärende: AS_PROPOSED, AMENDED, RETURNED eller POSTPONED; acklamation eller votering (YES/NO/ABSTAIN per ledamot)")
    DecisionJson decide(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody DecisionRequest r) {
        var outcome = se.rodtrad.shared.web.FormInput.choiceOrRefuse(se.rodtrad.meetings.DecisionOutcome.class, "outcome", r.outcome());
        return DecisionJson.of(session.decide(new RecordDecision(itemId, r.version(), outcome, r.clauses(), r.voteMethod(), r.votes(), r.reservations(),
                r.protocolNote())));
    }

    @PostMapping("/api/v1/meetings/{id}/close")
    @Operation(summary = "Avsluta sammanträdet när alla ärenden är behandlade; protokollet väntar på justering")
    MeetingSummaryJson close(@PathVariable UUID id) {
        return MeetingSummaryJson.of(session.close(id));
    }

    @PostMapping("/api/v1/meetings/{id}/signatures")
    @Operation(summary = "Justera protokollet som den inloggade ledamoten (ordförande eller utsedd justerare)")
    MeetingJson sign(@PathVariable UUID id) {
        return MeetingJson.of(minutes.sign(id), LocalDate.now());
    }

    @GetMapping("/api/v1/meetings/members")
    @Operation(summary = "Ett organs ledamöter och ersättare (body=RTN)")
    List<Member> members(@RequestParam(name = "body") String body) {
        access.require(Permission.READ_INTERNAL, null);
        UUID bodyId = organisation.unitByCode(body).orElseThrow(() -> new NotFoundException("organ", body)).id();
        return members.forBody(bodyId);
    }

    record CaseJson(String caseNumber, String title, LocalDate registeredOn, String bodyCode, String unit, String caseOfficer, String status,
            boolean confidential, String secrecyRef, List<DocumentJson> documents, List<CaseDecisionJson> decisions, int version) {

        /** The case as the reader may see it: a confidential one without title, officer and documents unless {@code see}. */
        static CaseJson of(DiaryCase c, boolean see, List<DocumentJson> documents, List<CaseDecisionJson> decisions) {
            return new CaseJson(c.caseNumber(), see ? c.title() : null, c.registeredOn(), c.bodyCode(), c.unitName(), see ? c.caseOfficer() : null,
                    c.status().name(), c.confidential(), c.secrecyRef(), see ? documents : List.of(), decisions, c.version());
        }
    }

    record DocumentJson(String title, String kind, String fileName, Long sizeBytes, String href, boolean confidential) {
        static DocumentJson of(CaseDocument d) {
            return new DocumentJson(d.title(), d.kind(), d.fileName(), d.sizeBytes(), d.downloadable() ? "/diarium/handlingar/" + d.id() : d.href(),
                    d.confidential());
        }
    }

    record CaseDecisionJson(UUID meetingId, String bodyCode, LocalDate meetingDate, String paragraph, String outcome, List<String> clauses) {
    }

    @GetMapping("/api/v1/cases/{caseNumber}")
    @Operation(summary = "Ett ärende i diariet med handlingar och beslut (§ ur justerade protokoll)")
    CaseJson caseJson(@PathVariable String caseNumber) {
        access.require(Permission.READ_INTERNAL, null);
        DiaryCase c = diary.caseByNumber(caseNumber);
        boolean see = diary.actions(c).maySee();
        List<CaseDecisionJson> decisions = meetings.decisionsOfCase(c.id()).stream()
                .map(x -> new CaseDecisionJson(x.meeting().id(), x.meeting().bodyCode(), x.meeting().date(), x.decision().paragraphLabel(),
                        x.decision().outcome().name(), see ? x.decision().clauses() : List.of()))
                .toList();
        return CaseJson.of(c, see, see ? diary.documents(c.id()).stream().map(DocumentJson::of).toList() : List.of(), decisions);
    }

    @PostMapping("/api/v1/cases")
    @Operation(summary = "Diarieför ett ärende (nästa nummer i serien, eller ett givet nummer från tidigare diarium)")
    CaseJson register(@RequestBody RegisterCase command) {
        DiaryCase c = diary.register(command);
        return caseJson(c.caseNumber());
    }

    @GetMapping("/api/v1/meetings/search")
    @Operation(summary = "Sök ärenden, föredragningslistans punkter och beslut på nummer, titel och text (svensk fulltextsökning)")
    List<MeetingSearchHit> search(@RequestParam(name = "q") String q) {
        access.require(Permission.READ_INTERNAL, null);
        return search.search(q);
    }
}
