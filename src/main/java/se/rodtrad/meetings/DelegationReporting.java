package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.DomainException;

/**
 * The report of delegated decisions goes to the body at its next meeting (KL 6 kap. 40 §: the body decides how
 * delegated decisions are reported to it; seed 001 item 7 is that report). The secretary puts the period's report on
 * the agenda of the body's next meeting still being prepared: a case in the diary, an item "Redovisning av
 * delegationsbeslut" with the clause "godkänna redovisningen", and the report itself as a paper the product renders
 * (PDF), so the committee reads exactly the decisions the register holds.
 */
@Service
@Transactional
public class DelegationReporting {

    static final String TITLE = "Redovisning av delegationsbeslut";

    private final DelegatedDecisions decisions;
    private final Agenda agenda;
    private final Diary diary;
    private final Meetings meetings;
    private final AccessPolicy access;
    private final DelegationOrder order;

    DelegationReporting(DelegatedDecisions decisions, Agenda agenda, Diary diary, Meetings meetings, AccessPolicy access, DelegationOrder order) {
        this.order = order;
        this.decisions = decisions;
        this.agenda = agenda;
        this.diary = diary;
        this.meetings = meetings;
        this.access = access;
    }

    /**
     * The meeting a report of decisions up to {@code to} goes to: the body's first meeting after the period that is
     * still being prepared, if any.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Meeting> nextMeeting(String bodyCode, LocalDate to) {
        return agenda.nextMeeting(order.body(bodyCode).id(), to.plusDays(1));
    }

    /**
     * Puts the report of the period on the agenda of the body's first meeting after it: refused with a sentence when
     * the body has no such meeting being prepared, or when that meeting already has this period's report.
     */
    public AgendaItem placeOnNextAgenda(String bodyCode, String fromText, String toText) {
        access.require(Permission.PREPARE_MEETING, order.body(bodyCode).id());
        LocalDate from = day(fromText);
        LocalDate to = day(toText);
        DelegatedDecisionReport report = decisions.report(bodyCode, from, to);
        Meeting meeting = agenda.nextMeeting(report.bodyId(), to.plusDays(1))
                .orElseThrow(() -> new DomainException("delegation.agenda.noMeeting", report.bodyName(), to.toString()));
        String href = "/dokument/delegationsbeslut/" + report.bodyCode() + ".pdf?fran=" + from + "&till=" + to;
        boolean already = meetings.details(meeting.id()).items().stream()
                .anyMatch(i -> i.papers().stream().anyMatch(p -> href.equals(p.href())));
        if (already) {
            throw new DomainException("delegation.agenda.already", from.toString(), to.toString(), meeting.date().toString());
        }
        String seriesCode = diary.series().get(0).code();
        DiaryCase matter = diary.register(new RegisterCase(seriesCode, null, TITLE + " " + from + " – " + to, null, report.bodyId(), null, null,
                false, null));
        String summary = report.bodyName() + " har överlåtit sin beslutanderätt till ordförande eller tjänsteman i enlighet med gällande "
                + "delegationsordning. Dessa beslut ska redovisas till nämnden.\n\nNu anmäls " + report.count() + " beslut fattade "
                + from + " – " + to + ", bilaga.";
        AgendaItem item = agenda.addItem(meeting.id(), new AgendaItemDraft(ItemKind.DECISION, false, TITLE, matter.caseNumber(), null,
                List.of("godkänna redovisningen."), summary, null, null, null, List.of(), List.of(), List.of()));
        return agenda.addPaper(item.id(), Paper.rendered(TITLE + " " + from + " – " + to + " (PDF)", href));
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException("delegation.agenda.period");
        }
    }
}
