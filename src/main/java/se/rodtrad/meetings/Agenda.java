package se.rodtrad.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * Preparing a meeting: the meeting itself (date, time, place, the deadline for justering, the adjusters), and its
 * agenda — items built from prepared cases of the diary and information points, each with presenters, proposed
 * att-clauses, the texts of the case paper, decision papers and distribution list. Other modules add items through
 * {@link #addItem(UUID, AgendaItemDraft)} (the report of delegated decisions on the next meeting). Two secretaries
 * editing one item never overwrite each other: a stale version is refused with the other's save.
 */
@Service
@Transactional
public class Agenda {

    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 20000;
    static final int MAX_LONG_TEXT = 40000;
    static final int MAX_CLAUSE = 4000;
    static final int MAX_LINE = 1000;

    private final MeetingRepository repository;
    private final Meetings meetings;
    private final Diary diary;
    private final Members members;
    private final AccessPolicy access;
    private final Organisation organisation;

    Agenda(MeetingRepository repository, Meetings meetings, Diary diary, Members members, AccessPolicy access, Organisation organisation) {
        this.repository = repository;
        this.meetings = meetings;
        this.diary = diary;
        this.members = members;
        this.access = access;
        this.organisation = organisation;
    }

    /** A meeting as typed in its form. */
    public record MeetingForm(LocalDate date, LocalTime startsAt, String place, LocalDate adjustmentDeadline, String secretary, UUID chairMemberId) {
    }

    public Meeting createMeeting(UUID bodyId, MeetingForm form) {
        CurrentUser user = access.require(Permission.PREPARE_MEETING, bodyId);
        if (bodyId == null || !organisation.unit(bodyId).type().isPoliticalBody()) {
            throw ValidationException.of("bodyId", "validation.required", "Organ");
        }
        MeetingForm f = check(bodyId, form, null);
        UUID id = repository.insertMeeting(bodyId, f.date(), f.startsAt(), f.place(), f.adjustmentDeadline(), f.secretary(), f.chairMemberId(), null,
                false, user.username());
        return meetings.meeting(id);
    }

    public Meeting updateMeeting(UUID meetingId, int version, MeetingForm form) {
        Meeting current = preparable(meetingId);
        CurrentUser user = access.require(Permission.PREPARE_MEETING, current.bodyId());
        MeetingForm f = check(current.bodyId(), form, meetingId);
        if (!repository.updateMeeting(meetingId, version, f.date(), f.startsAt(), f.place(), f.adjustmentDeadline(), f.secretary(), f.chairMemberId(),
                user.username())) {
            Meeting theirs = meetings.meeting(meetingId);
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return meetings.meeting(meetingId);
    }

    /** The members appointed to adjust the minutes with the chair, each with a substitute (member ids; substitute may be null). */
    public void setAdjusters(UUID meetingId, List<UUID[]> adjusters) {
        Meeting m = preparable(meetingId);
        access.require(Permission.PREPARE_MEETING, m.bodyId());
        List<UUID[]> checked = new ArrayList<>();
        for (UUID[] a : adjusters) {
            if (a[0] == null) {
                continue;
            }
            for (UUID id : a) {
                if (id != null && !members.member(id).bodyId().equals(m.bodyId())) {
                    throw ValidationException.of("adjusters", "agenda.validation.adjusterOtherBody", members.member(id).displayName());
                }
            }
            checked.add(a);
        }
        repository.replaceAdjusters(meetingId, checked);
    }

    /** Adds an item last on the agenda. */
    public AgendaItem addItem(UUID meetingId, AgendaItemDraft draft) {
        Meeting m = preparable(meetingId);
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        return addItem(m, draft, null, user.username());
    }

    AgendaItem addItem(Meeting m, AgendaItemDraft draft, String source, String user) {
        Checked c = check(draft);
        int position = repository.items(m.id()).size() + 1;
        UUID id = repository.insertItem(m.id(), position, c.kind, c.procedural, c.title, c.caseId, c.presenters, c.clauses, c.summary, c.description,
                c.consequences, c.economic, c.points, c.distribution, source, user);
        insertPapers(id, draft.papers(), 1, user);
        if (c.caseId != null) {
            diary.markPrepared(c.caseId, user);
        }
        return meetings.item(id);
    }

    /** Saves the item as typed; refused with the other secretary's save when they saved since this version was read. */
    public AgendaItem updateItem(UUID itemId, int version, AgendaItemDraft draft) {
        AgendaItem current = meetings.item(itemId);
        Meeting m = preparable(current.meetingId());
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        Checked c = check(draft);
        if (!repository.updateItem(itemId, version, c.kind, c.procedural, c.title, c.caseId, c.presenters, c.clauses, c.summary, c.description,
                c.consequences, c.economic, c.points, c.distribution, user.username())) {
            AgendaItem theirs = meetings.item(itemId);
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        if (c.caseId != null) {
            diary.markPrepared(c.caseId, user.username());
        }
        return meetings.item(itemId);
    }

    /** Moves the item one place up ({@code -1}) or down ({@code 1}); the items are renumbered. */
    public void moveItem(UUID itemId, int step) {
        AgendaItem item = meetings.item(itemId);
        Meeting m = preparable(item.meetingId());
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        List<UUID> order = new ArrayList<>(repository.items(m.id()).stream().map(AgendaItem::id).toList());
        int from = order.indexOf(itemId);
        int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(step)));
        order.remove(from);
        order.add(to, itemId);
        repository.reorder(m.id(), order, user.username());
    }

    public void removeItem(UUID itemId, int version) {
        AgendaItem item = meetings.item(itemId);
        Meeting m = preparable(item.meetingId());
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        if (item.version() != version) {
            throw new ConflictException(item, item.updatedBy(), item.updatedAt());
        }
        if (repository.decisionOfItem(itemId).isPresent()) {
            throw new DomainException("agenda.error.removeDecided", item.number(), item.title());
        }
        repository.deleteItem(itemId);
        repository.reorder(m.id(), repository.items(m.id()).stream().map(AgendaItem::id).toList(), user.username());
    }

    /** Adds a decision paper: listed by title, a document of the item's case (its id), or a document the product renders (href). */
    public AgendaItem addPaper(UUID itemId, Paper paper) {
        AgendaItem item = meetings.item(itemId);
        Meeting m = preparable(item.meetingId());
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        insertPapers(itemId, List.of(paper), item.papers().size() + 1, user.username());
        return meetings.item(itemId);
    }

    public AgendaItem removePaper(UUID paperId) {
        UUID itemId = repository.paperItem(paperId).orElseThrow(() -> new se.rodtrad.shared.domain.NotFoundException("beslutsunderlag", paperId));
        AgendaItem item = meetings.item(itemId);
        Meeting m = preparable(item.meetingId());
        access.require(Permission.PREPARE_MEETING, m.bodyId());
        repository.deletePaper(paperId);
        return meetings.item(itemId);
    }

    /** Publishes the agenda on the public portal (what secrecy covers stays out). */
    public Meeting publishAgenda(UUID meetingId) {
        Meeting m = meetings.meeting(meetingId);
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        if (repository.items(meetingId).isEmpty()) {
            throw new DomainException("agenda.error.emptyAgenda", m.bodyName(), m.date().toString());
        }
        repository.markAgendaPublished(meetingId, user.username());
        return meetings.meeting(meetingId);
    }

    /** The body's next meeting on or after the date that is still being prepared: where a report for the body goes. */
    @Transactional(readOnly = true)
    public Optional<Meeting> nextMeeting(UUID bodyId, LocalDate onOrAfter) {
        return repository.meetings(bodyId).stream().filter(m -> !m.date().isBefore(onOrAfter) && m.status() == MeetingStatus.PLANNED)
                .min(java.util.Comparator.comparing(Meeting::date));
    }

    // --- rules ---

    /** The meeting, while its agenda may change: not once the minutes are drafted (closed) or adjusted. */
    Meeting preparable(UUID meetingId) {
        Meeting m = meetings.meeting(meetingId);
        if (m.isAdjusted()) {
            throw new DomainException("minutes.error.adjusted", m.bodyName(), m.date().toString());
        }
        if (m.status() == MeetingStatus.CLOSED) {
            throw new DomainException("agenda.error.closed", m.bodyName(), m.date().toString());
        }
        return m;
    }

    private void insertPapers(UUID itemId, List<Paper> papers, int first, String user) {
        if (papers == null) {
            return;
        }
        int position = first;
        for (Paper p : papers) {
            String title = Texts.trimToNull(p.title());
            if (title == null) {
                throw ValidationException.of("paperTitle", "validation.required", "Beslutsunderlag");
            }
            if (title.length() > MAX_TITLE) {
                throw ValidationException.of("paperTitle", "validation.tooLong", "Beslutsunderlag", MAX_TITLE);
            }
            String href = Texts.trimToNull(p.href());
            if (href != null && (!href.startsWith("/") || href.startsWith("//") || href.length() > 500)) {
                throw ValidationException.of("paperHref", "diary.validation.href", href);
            }
            String kind = p.documentId() != null ? "UPLOAD" : href != null ? "RENDERED" : "LISTED";
            repository.insertPaper(itemId, position++, title, kind, p.documentId(), href, user);
        }
    }

    private record Checked(ItemKind kind, boolean procedural, String title, UUID caseId, String presenters, List<String> clauses, String summary,
            String description, String consequences, String economic, List<String> points, List<String> distribution) {
    }

    private Checked check(AgendaItemDraft d) {
        List<FieldError> errors = new ArrayList<>();
        ItemKind kind = d.kind() == null ? ItemKind.DECISION : d.kind();
        boolean procedural = Boolean.TRUE.equals(d.procedural());
        String title = text("title", "agenda.field.title", d.title(), MAX_TITLE, true, errors);
        String presenters = text("presenters", "agenda.field.presenters", d.presenters(), 500, false, errors);
        String summary = text("summary", "agenda.field.summary", d.summary(), MAX_TEXT, false, errors);
        String description = text("description", "agenda.field.description", d.description(), MAX_LONG_TEXT, false, errors);
        String consequences = text("consequences", "agenda.field.consequences", d.consequences(), MAX_TEXT, false, errors);
        String economic = text("economicConsequences", "agenda.field.economicConsequences", d.economicConsequences(), MAX_TEXT, false, errors);
        List<String> clauses = lines("proposedClauses", "agenda.field.proposedClauses", d.proposedClauses(), MAX_CLAUSE, errors).stream()
                .map(Agenda::withoutAtt).toList();
        List<String> points = lines("informationPoints", "agenda.field.informationPoints", d.informationPoints(), MAX_LINE, errors);
        List<String> distribution = lines("distribution", "agenda.field.distribution", d.distribution(), 500, errors);
        UUID caseId = null;
        String caseNumber = Texts.trimToNull(d.caseNumber());
        if (caseNumber != null) {
            Optional<DiaryCase> c = diary.findByNumber(caseNumber);
            if (c.isEmpty()) {
                errors.add(new FieldError("caseNumber", "agenda.validation.caseUnknown", caseNumber));
            } else if (c.get().status() == CaseStatus.VOIDED) {
                errors.add(new FieldError("caseNumber", "agenda.validation.caseVoided", caseNumber));
            } else {
                caseId = c.get().id();
            }
        } else if (kind == ItemKind.DECISION && !procedural) {
            // a body decides cases of the diary: only the meeting's own business (justering) is decided without one
            errors.add(new FieldError("caseNumber", "agenda.validation.caseRequired", title == null ? "" : title));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(kind, procedural, title, caseId, presenters, clauses, summary, description, consequences, economic, points, distribution);
    }

    /** The clause without its leading "att", which the documents print before every clause. */
    static String withoutAtt(String clause) {
        String c = clause.strip();
        if (c.toLowerCase(Locale.ROOT).startsWith("att ")) {
            c = c.substring(4).strip();
        }
        return c;
    }

    private MeetingForm check(UUID bodyId, MeetingForm form, UUID meetingId) {
        List<FieldError> errors = new ArrayList<>();
        if (form.date() == null) {
            errors.add(new FieldError("date", "validation.required", "Datum"));
        } else {
            repository.findByBodyAndDate(bodyId, form.date()).filter(other -> !other.id().equals(meetingId))
                    .ifPresent(other -> errors.add(new FieldError("date", "agenda.validation.meetingExists", form.date().toString())));
        }
        if (form.adjustmentDeadline() != null && form.date() != null && form.adjustmentDeadline().isBefore(form.date())) {
            errors.add(new FieldError("adjustmentDeadline", "agenda.validation.deadlineBeforeMeeting"));
        }
        String place = text("place", "agenda.field.place", form.place(), 200, false, errors);
        String secretary = text("secretary", "agenda.field.secretary", form.secretary(), 200, false, errors);
        if (form.chairMemberId() != null && !members.member(form.chairMemberId()).bodyId().equals(bodyId)) {
            errors.add(new FieldError("chairMemberId", "agenda.validation.adjusterOtherBody", members.member(form.chairMemberId()).displayName()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MeetingForm(form.date(), form.startsAt(), place, form.adjustmentDeadline(), secretary, form.chairMemberId());
    }

    static String text(String field, String label, String input, int max, boolean required, List<FieldError> errors) {
        String s = Texts.trimToNull(input);
        if (s == null && required) {
            errors.add(new FieldError(field, "validation.required", new DefaultMessageSourceResolvable(label)));
        } else if (s != null && s.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", new DefaultMessageSourceResolvable(label), max));
        }
        return s;
    }

    static List<String> lines(String field, String label, List<String> input, int max, List<FieldError> errors) {
        List<String> result = new ArrayList<>();
        if (input == null) {
            return result;
        }
        for (String line : input) {
            String s = Texts.trimToNull(line);
            if (s == null) {
                continue;
            }
            if (s.length() > max) {
                errors.add(new FieldError(field, "validation.tooLong", new DefaultMessageSourceResolvable(label), max));
            }
            result.add(s);
        }
        return result;
    }
}
