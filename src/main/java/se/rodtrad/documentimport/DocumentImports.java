package se.rodtrad.documentimport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.budget.Budgets;
import se.rodtrad.budget.Finding;
import se.rodtrad.budget.Severity;
import se.rodtrad.budget.TableKind;
import se.rodtrad.internalcontrol.Commands;
import se.rodtrad.internalcontrol.InternalControl;
import se.rodtrad.internalcontrol.RiskView;
import se.rodtrad.meetings.Agenda;
import se.rodtrad.meetings.AgendaItemDraft;
import se.rodtrad.meetings.DelegatedDecisionEntry;
import se.rodtrad.meetings.DelegatedDecisionReport;
import se.rodtrad.meetings.DelegatedDecisions;
import se.rodtrad.meetings.Diary;
import se.rodtrad.meetings.ItemKind;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.Paper;
import se.rodtrad.meetings.RegisterCase;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.ImportedPlan;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.LineageMatching;
import se.rodtrad.planning.PlanComparison;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.TargetDraft;
import se.rodtrad.planning.TargetReading;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The import's use cases: upload a document and keep what is read from it; review the proposal — accept an item,
 * correct its kind, parent, text or target form, merge it with the next, split it in two, drop it or take it back;
 * confirm, which makes the draft plan (or the meeting) through the owning modules' use cases in this one transaction,
 * or discard. A plan import needs {@link Permission#EDIT_PLAN} for the body, a notice {@link Permission#PREPARE_MEETING}.
 * Every change to an item is made against the version the person read: a stale change is refused with what is there now.
 */
@Service
@Transactional
public class DocumentImports {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 100;
    /** A lineage is taken over without a person when the wording is this close (LineageMatching's score). */
    static final double ADOPT_SCORE = 0.8;
    private static final Pattern CASE_SERIES = Pattern.compile("^\\d{2}([A-ZÅÄÖ]{1,6})\\d+$");

    private final ImportRepository repository;
    private final AccessPolicy access;
    private final Organisation organisation;
    private final PlanEditing planEditing;
    private final PlanComparison comparison;
    private final LineageMatching matching;
    private final Budgets budgets;
    private final Agenda agenda;
    private final Diary diary;
    private final InternalControl internalControl;
    private final DelegatedDecisions delegated;

    DocumentImports(ImportRepository repository, AccessPolicy access, Organisation organisation, PlanEditing planEditing,
            PlanComparison comparison, LineageMatching matching, Budgets budgets, Agenda agenda, Diary diary, InternalControl internalControl,
            DelegatedDecisions delegated) {
        this.internalControl = internalControl;
        this.delegated = delegated;
        this.repository = repository;
        this.access = access;
        this.organisation = organisation;
        this.planEditing = planEditing;
        this.comparison = comparison;
        this.matching = matching;
        this.budgets = budgets;
        this.agenda = agenda;
        this.diary = diary;
    }

    /** An uploaded document: what it is, for which body (its code, "RTN"), its name and bytes. */
    public record Upload(DocumentKind kind, String bodyCode, String fileName, byte[] bytes) {
    }

    /** A person's correction of an item; null fields are left as they are, {@code parentId} null puts it at the top. */
    public record Correction(String type, String kind, String number, String text, String tag, UUID parentId, String targetForm) {
    }

    /** What the confirmation needs beside the items: a plan's title and year, a notice's meeting date, time, place, deadline. */
    public record Confirmation(String title, Integer year, LocalDate meetingDate, String startsAt, String place, LocalDate adjustmentDeadline) {
    }

    public ImportView upload(Upload upload) {
        // the permission first, before the input is read: without a known body only the unscoped administrator passes
        Unit body = Texts.trimToNull(upload.bodyCode()) == null ? null : organisation.unitByCode(upload.bodyCode().strip()).orElse(null);
        CurrentUser user = access.require(permission(upload.kind()), body == null ? null : body.id());
        List<FieldError> errors = new ArrayList<>();
        if (upload.kind() == null) {
            errors.add(new FieldError("kind", "documentimport.validation.kind"));
        }
        if (body == null || !body.type().isPoliticalBody()) {
            errors.add(new FieldError("body", "documentimport.validation.body", upload.bodyCode() == null ? "" : upload.bodyCode()));
        }
        if (upload.bytes() == null || upload.bytes().length == 0) {
            errors.add(new FieldError("file", "documentimport.validation.file"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String name = fileName(upload.fileName());
        DocumentReading.Reading reading = alreadyKept(body, DocumentReading.read(upload.bytes(), name, upload.kind()));
        UUID id = repository.insert(upload.kind(), body.id(), name, reading, user.username());
        return view(id);
    }

    @Transactional(readOnly = true)
    public ImportView view(UUID id) {
        ImportRepository.Header h = header(id);
        access.require(permission(h.kind()), h.bodyId());
        return view(h);
    }

    @Transactional(readOnly = true)
    public List<SourceLine> lines(UUID id) {
        ImportRepository.Header h = header(id);
        access.require(permission(h.kind()), h.bodyId());
        return repository.lines(id);
    }

    /** The latest imports of the bodies the person may import for, newest first. */
    @Transactional(readOnly = true)
    public List<ImportView> recent() {
        List<ImportView> result = new ArrayList<>();
        for (ImportRepository.Header h : repository.recent(200)) {
            if (access.allows(permission(h.kind()), h.bodyId())) {
                result.add(new ImportView(h.id(), h.kind(), h.bodyId(), unitCode(h.bodyId()), unitName(h.bodyId()), h.fileName(), h.format(), h.pages(),
                        h.status(), h.title(), h.year(), h.meetingDate(), h.adjustmentDeadline(), h.warnings(), h.resultId(), h.result(), List.of(),
                        h.version(), h.createdAt(), h.createdBy()));
            }
            if (result.size() >= 50) {
                break;
            }
        }
        return result;
    }

    /** The item is right as read. */
    public ImportView accept(UUID id, UUID itemId, int version) {
        return change(id, itemId, version, it -> with(it, it.type(), it.kind(), it.number(), it.text(), it.tag(), it.parentId(), it.lastLine(),
                it.target(), it.additionalTargets(), it.targetReason(), "ACCEPTED", it.reason()));
    }

    /** Not to be created (its children move up to its parent). */
    public ImportView drop(UUID id, UUID itemId, int version) {
        ImportView v = change(id, itemId, version, it -> with(it, it.type(), it.kind(), it.number(), it.text(), it.tag(), it.parentId(), it.lastLine(),
                it.target(), it.additionalTargets(), it.targetReason(), "DROPPED", it.reason()));
        ImportItem dropped = item(v, itemId);
        repository.reparent(itemId, dropped.parentId(), currentUser().username());
        return view(id);
    }

    /** A dropped item is proposed again. */
    public ImportView restore(UUID id, UUID itemId, int version) {
        return change(id, itemId, version, it -> with(it, it.type(), it.kind(), it.number(), it.text(), it.tag(), it.parentId(), it.lastLine(),
                it.target(), it.additionalTargets(), it.targetReason(), "PROPOSED", it.reason()));
    }

    /**
     * Corrects what was read: the type and kind, number, text, tag, the parent (an earlier item of the proposal, or the
     * top) and an indicator's target form — a new form takes its parameters from the wording when the wording states
     * them, otherwise they are asked for at confirmation.
     */
    public ImportView correct(UUID id, UUID itemId, int version, Correction c) {
        ImportView current = draft(id);
        ImportItem it = item(current, itemId);
        List<FieldError> errors = new ArrayList<>();
        String type = c.type() == null ? it.type() : c.type().strip().toUpperCase(Locale.ROOT);
        if (!List.of("PERSPECTIVE", "GOAL", "INDICATOR", "ASSIGNMENT", "STRATEGY", "TABLE", "RISK", "AGENDA_ITEM", "DELEGATED_DECISION").contains(type)
                || fixed(type) != fixed(it.type()) || fixed(type) && !type.equals(it.type())) {
            errors.add(new FieldError("type", "documentimport.validation.type"));
        }
        String text = c.text() == null ? it.text() : Texts.trimToNull(c.text());
        if (text == null) {
            errors.add(new FieldError("text", "validation.required", "Lydelse"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "validation.tooLong", "Lydelse", MAX_TEXT));
        }
        String kind = c.kind() == null ? it.kind() : shortText("kind", "Nivå", c.kind(), errors);
        String number = c.number() == null ? it.number() : shortText("number", "Nummer", c.number(), errors);
        String tag = c.tag() == null ? it.tag() : shortText("tag", "Ursprung", c.tag(), errors);
        UUID parent = c.parentId();
        if (parent != null) {
            ImportItem p = current.items().stream().filter(x -> x.id().equals(parent)).findFirst().orElse(null);
            if (p == null || p.position() >= it.position() || p.dropped()) {
                errors.add(new FieldError("parentId", "documentimport.validation.parent"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TargetDraft target = it.target();
        List<TargetDraft> more = it.additionalTargets();
        String targetReason = it.targetReason();
        if ("INDICATOR".equals(type)) {
            TargetReading.Reading reading = TargetReading.read(text);
            if (target == null || !text.equals(it.text())) {
                target = reading.target();
                more = reading.additional();
                targetReason = reading.reason();
            }
            String form = Texts.trimToNull(c.targetForm());
            if (form != null && !form.equals(target.form())) {
                target = form.equals(reading.target().form()) ? reading.target()
                        : new TargetDraft(form, null, null, null, null, null, null, null, null, null, null, null, null, null);
                targetReason = "Formen vald av en person.";
            }
        } else {
            target = null;
            more = List.of();
            targetReason = null;
        }
        ImportItem corrected = with(it, type, kind, number, text, tag, parent, it.lastLine(), target, more, targetReason, "CORRECTED", it.reason());
        save(current, it, corrected, version);
        return view(id);
    }

    /** Tables, risks, agenda items and delegated decisions keep their type: their content is not a plan item's. */
    private static boolean fixed(String type) {
        return "TABLE".equals(type) || "RISK".equals(type) || "AGENDA_ITEM".equals(type) || "DELEGATED_DECISION".equals(type);
    }

    /** The item and the next one (in document order) were one: the next one's text is added to it, and it is dropped. */
    public ImportView merge(UUID id, UUID itemId, int version) {
        ImportView current = draft(id);
        ImportItem it = item(current, itemId);
        ImportItem next = current.items().stream().filter(x -> x.position() > it.position() && !x.dropped()).findFirst()
                .orElseThrow(() -> new DomainException("documentimport.error.nothingToMerge"));
        String text = it.text() + " " + next.text();
        if (text.length() > MAX_TEXT) {
            throw ValidationException.of("text", "validation.tooLong", "Lydelse", MAX_TEXT);
        }
        TargetReading.Reading reading = "INDICATOR".equals(it.type()) ? TargetReading.read(text) : null;
        ImportItem merged = with(it, it.type(), it.kind(), it.number(), text, it.tag() != null ? it.tag() : next.tag(), it.parentId(),
                Math.max(it.lastLine(), next.lastLine()), reading == null ? null : reading.target(), reading == null ? List.of() : reading.additional(),
                reading == null ? null : reading.reason(), "CORRECTED", it.reason());
        save(current, it, merged, version);
        ImportItem nextDropped = with(next, next.type(), next.kind(), next.number(), next.text(), next.tag(), next.parentId(), next.lastLine(),
                next.target(), next.additionalTargets(), next.targetReason(), "DROPPED", next.reason());
        if (!repository.updateItem(nextDropped, next.version(), currentUser().username())) {
            throw conflict(id, next);
        }
        repository.reparent(next.id(), it.id(), currentUser().username());
        return view(id);
    }

    /** The item was two: it keeps {@code first}, and a new item of the same kind and parent after it says {@code second}. */
    public ImportView split(UUID id, UUID itemId, int version, String first, String second) {
        ImportView current = draft(id);
        ImportItem it = item(current, itemId);
        String a = Texts.trimToNull(first);
        String b = Texts.trimToNull(second);
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(new FieldError("first", "validation.required", "Första delen"));
        }
        if (b == null) {
            errors.add(new FieldError("second", "validation.required", "Andra delen"));
        }
        if (a != null && a.length() > MAX_TEXT || b != null && b.length() > MAX_TEXT) {
            errors.add(new FieldError("first", "validation.tooLong", "Lydelse", MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TargetReading.Reading ra = "INDICATOR".equals(it.type()) ? TargetReading.read(a) : null;
        TargetReading.Reading rb = "INDICATOR".equals(it.type()) ? TargetReading.read(b) : null;
        save(current, it, with(it, it.type(), it.kind(), it.number(), a, it.tag(), it.parentId(), it.lastLine(), ra == null ? null : ra.target(),
                ra == null ? List.of() : ra.additional(), ra == null ? null : ra.reason(), "CORRECTED", it.reason()), version);
        String user = currentUser().username();
        repository.shiftAfter(id, it.position(), user);
        repository.insertItem(UUID.randomUUID(), id, it.position() + 1, it.type(), it.kind(), null, b, null, it.issuer(), it.assignee(), it.heading(),
                it.section(), it.parentId(), it.page(), it.firstLine(), it.lastLine(), 100, "Delad från föregående punkt av en person.",
                rb == null ? null : rb.target(), rb == null ? List.of() : rb.additional(), rb == null ? null : rb.reason(), it.details(), "CORRECTED",
                user);
        return view(id);
    }

    /** Nothing will be made from this import; it stays readable as dropped. */
    public ImportView discard(UUID id, int version) {
        ImportView current = draft(id);
        String user = currentUser().username();
        if (!repository.touch(id, version, user)) {
            throw conflict(id, view(id));
        }
        repository.finish(id, "DROPPED", null, null, user);
        return view(id);
    }

    /**
     * Makes what the proposal holds, every item not dropped, in this one transaction — all of it or, on any refusal,
     * nothing: for a plan a draft plan whose items say where they were read ("Importerad från vp.pdf, s. 7"), its
     * lineage matched to the body's previous plan and its budget tables checked; for a notice a meeting with its agenda.
     */
    public ImportView confirm(UUID id, int version, Confirmation confirmation) {
        ImportView current = draft(id);
        CurrentUser user = access.require(permission(current.kind()), current.bodyId());
        if (current.version() != version) {
            throw conflict(id, current);
        }
        Confirmation c = confirmation == null ? new Confirmation(null, null, null, null, null, null) : confirmation;
        Map<String, Object> result = current.kind() == DocumentKind.PLAN ? confirmPlan(current, c) : confirmNotice(current, c);
        repository.finish(id, "CONFIRMED", (UUID) result.get("id"), result, user.username());
        return view(id);
    }

    private Map<String, Object> confirmPlan(ImportView v, Confirmation c) {
        String title = Texts.trimToNull(c.title()) != null ? c.title().strip() : v.title() != null ? v.title() : null;
        Integer year = c.year() != null ? c.year() : v.year();
        List<ImportItem> kept = v.items().stream().filter(i -> !i.dropped() && !"TABLE".equals(i.type()) && !"RISK".equals(i.type())).toList();
        Map<UUID, Integer> index = new LinkedHashMap<>();
        List<ImportedPlan.Item> items = new ArrayList<>();
        for (ImportItem it : kept) {
            Integer parent = it.parentId() == null ? Integer.valueOf(-1) : index.get(it.parentId());
            index.put(it.id(), items.size());
            items.add(new ImportedPlan.Item(parent == null ? -1 : parent, ItemType.valueOf(it.type()), it.kind(), it.number(), it.text(), it.tag(),
                    it.issuer(), it.assignee(), it.heading(), it.section(), it.target(), it.additionalTargets(),
                    "Importerad från " + v.fileName() + ", s. " + it.page()));
        }
        PlanSummary plan;
        try {
            plan = planEditing.createFromImport(new ImportedPlan(v.bodyId(), year, title == null ? null : title, null,
                    "Importerad från " + v.fileName(), items));
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(f -> onItem(f, kept)).toList());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", plan.id());
        result.put("items", items.size());
        int adopted = comparison.previous(plan.id()).map(prev -> {
            result.put("previousPlanId", prev.id());
            return matching.adoptProposed(prev.id(), plan.id(), ADOPT_SCORE);
        }).orElse(0);
        result.put("lineageMatched", adopted);
        int tables = 0;
        for (ImportItem t : v.items()) {
            if (t.dropped() || !"TABLE".equals(t.type())) {
                continue;
            }
            budgets.createTable(plan.id(), table(t));
            tables++;
        }
        result.put("tables", tables);
        List<ImportItem> risks = v.items().stream().filter(i -> !i.dropped() && "RISK".equals(i.type())).toList();
        long own = risks.stream().filter(r -> !"REGION_WIDE".equals(r.details().get("scope"))).count();
        if (own > 0) {
            // the internal control plan: the region's risks of the year come with it when it starts; the body's own are added.
            // With none of its own the plan's internal control is started on its page, as for any plan
            internalControl.start(plan.id());
            for (ImportItem r : risks) {
                if ("REGION_WIDE".equals(r.details().get("scope"))) {
                    continue;
                }
                String activity = r.kind() != null ? r.kind() : "Verksamhet";
                RiskView risk = internalControl.addRisk(new Commands.AddRisk(plan.id(), activity, r.text(), null));
                @SuppressWarnings("unchecked")
                List<String> actions = (List<String>) r.details().getOrDefault("actions", List.of());
                for (String action : actions) {
                    internalControl.addAction(new Commands.AddAction(risk.id(), action, null, null, null));
                }
            }
        }
        if (!risks.isEmpty()) {
            result.put("risks", own);
            result.put("regionRisks", risks.size() - own);
        }
        if (tables > 0) {
            List<Finding> findings = budgets.check(plan.id());
            result.put("findingErrors", findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
            result.put("findingWarnings", findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    static Budgets.NewTable table(ImportItem t) {
        Map<String, Object> d = t.details();
        List<Budgets.NewRow> rows = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) d.getOrDefault("rows", List.of())) {
            rows.add(new Budgets.NewRow(String.valueOf(r.get("label")), (List<String>) r.get("values"), (Boolean) r.get("total"),
                    (Boolean) r.get("heading")));
        }
        TableKind kind;
        try {
            kind = TableKind.valueOf(String.valueOf(d.getOrDefault("tableKind", t.kind())));
        } catch (IllegalArgumentException e) {
            kind = TableKind.OTHER;
        }
        return new Budgets.NewTable(kind, t.text(), t.number(), (String) d.get("unit"), (List<String>) d.get("columns"), rows);
    }

    /** A refusal of the plan's use case names the item by its place in the list; the page names it by the item. */
    private static FieldError onItem(FieldError f, List<ImportItem> kept) {
        Matcher m = Pattern.compile("^items\\[(\\d+)\\]\\.(.+)$").matcher(f.field());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < kept.size()) {
                return new FieldError("item-" + kept.get(i).id(), f.messageKey(), f.arguments().toArray());
            }
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> confirmNotice(ImportView v, Confirmation c) {
        LocalDate date = c.meetingDate() != null ? c.meetingDate() : v.meetingDate();
        LocalDate deadline = c.adjustmentDeadline() != null ? c.adjustmentDeadline() : v.adjustmentDeadline();
        LocalTime startsAt = null;
        if (Texts.trimToNull(c.startsAt()) != null) {
            try {
                startsAt = LocalTime.parse(c.startsAt().strip().replace('.', ':'));
            } catch (java.time.format.DateTimeParseException e) {
                throw ValidationException.of("startsAt", "documentimport.validation.time", c.startsAt());
            }
        }
        if (date == null) {
            throw ValidationException.of("meetingDate", "documentimport.validation.meetingDate");
        }
        Meeting meeting = agenda.createMeeting(v.bodyId(), new Agenda.MeetingForm(date, startsAt, Texts.trimToNull(c.place()), deadline, null, null));
        int registered = 0;
        int added = 0;
        for (ImportItem it : v.items()) {
            if (it.dropped() || !"AGENDA_ITEM".equals(it.type())) {
                continue;
            }
            Map<String, Object> d = it.details();
            String caseNumber = (String) d.get("caseNumber");
            if (caseNumber != null && diary.findByNumber(caseNumber).isEmpty()) {
                Matcher s = CASE_SERIES.matcher(caseNumber);
                diary.register(new RegisterCase(s.matches() ? s.group(1) : null, caseNumber, it.text(), null, v.bodyId(), null, null, false, null));
                registered++;
            }
            List<Paper> papers = ((List<String>) d.getOrDefault("papers", List.of())).stream().map(Paper::listed).toList();
            boolean information = "INFORMATION".equals(d.get("itemKind"));
            try {
                agenda.addItem(meeting.id(), new AgendaItemDraft(information ? ItemKind.INFORMATION : ItemKind.DECISION,
                        Boolean.TRUE.equals(d.get("procedural")), it.text(), caseNumber, (String) d.get("presenters"),
                        (List<String>) d.getOrDefault("clauses", List.of()), Texts.trimToNull((String) d.get("summary")), null, null, null,
                        (List<String>) d.getOrDefault("informationPoints", List.of()), List.of(), papers));
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream().map(f -> new FieldError("item-" + it.id(), f.messageKey(), f.arguments().toArray()))
                        .toList());
            }
            added++;
        }
        int recorded = 0;
        int kept = 0;
        for (ImportItem it : v.items()) {
            if (it.dropped() || !"DELEGATED_DECISION".equals(it.type())) {
                continue;
            }
            if (Boolean.TRUE.equals(it.details().get("alreadyKept")) || keptBefore(v.bodyCode(), it)) {
                kept++;
                continue;
            }
            try {
                delegated.enter(v.bodyCode(), entry(it));
            } catch (ValidationException e) {
                throw new ValidationException(e.errors().stream().map(f -> new FieldError("item-" + it.id(), f.messageKey(), f.arguments().toArray()))
                        .toList());
            } catch (DomainException e) {
                // outside the delegate's mandate: the person reads which row and why, and nothing of the import is made
                throw ValidationException.of("item-" + it.id(), e.messageKey(), e.arguments());
            }
            recorded++;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", meeting.id());
        result.put("items", added);
        result.put("casesRegistered", registered);
        if (recorded + kept > 0) {
            result.put("delegatedRecorded", recorded);
            result.put("delegatedAlreadyKept", kept);
        }
        return result;
    }

    /**
     * A row of the report as the delegation report's entry: the recipient is the item's text, the support type its kind
     * and the reference its number ("19RS8649" or "NypsID: 214557"), as the person may have corrected them; the rest as read.
     */
    static DelegatedDecisionEntry entry(ImportItem it) {
        Map<String, Object> d = it.details();
        String number = it.number() == null ? "" : it.number().strip();
        Matcher nyps = Pattern.compile("^NypsID\\s*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE).matcher(number);
        String referenceKind = nyps.matches() ? "NypsID" : "Dnr";
        String reference = nyps.matches() ? nyps.group(1).strip() : number;
        boolean granted = !Boolean.FALSE.equals(d.get("granted"));
        return new DelegatedDecisionEntry((String) d.get("point"), (String) d.get("decidedOn"), referenceKind, reference, (String) d.get("matter"),
                it.kind(), it.text(), (String) d.get("sector"), (String) d.get("ownerSex"), (String) d.get("municipality"),
                granted ? (String) d.get("amountKr") : null, granted, (String) d.get("outcomeText"), (String) d.get("decidedBy"),
                (String) d.get("decidedByTitle"));
    }

    /** The same decision (reference and recipient) is already in the body's report of its period: it is not recorded twice. */
    private boolean keptBefore(String bodyCode, ImportItem it) {
        DelegatedDecisionEntry e = entry(it);
        LocalDate day;
        try {
            day = e.decidedOn() == null ? null : LocalDate.parse(e.decidedOn());
        } catch (java.time.format.DateTimeParseException ex) {
            return false;
        }
        if (day == null) {
            return false;
        }
        LocalDate from = parse((String) it.details().get("periodFrom"), day);
        return delegated.report(bodyCode, from.isAfter(day) ? day : from, day).rows().stream().anyMatch(r -> same(r, e));
    }

    private static boolean same(DelegatedDecisionReport.Row r, DelegatedDecisionEntry e) {
        return java.util.Objects.equals(r.reference(), e.reference()) && r.recipient() != null && r.recipient().equalsIgnoreCase(e.recipient());
    }

    private static LocalDate parse(String day, LocalDate otherwise) {
        try {
            return day == null ? otherwise : LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }

    /**
     * The rows of a report of delegated decisions that the body's report already holds (its module reported them, or a
     * person entered them) are marked at upload, so the review says so and confirming does not record them twice.
     */
    private DocumentReading.Reading alreadyKept(Unit body, DocumentReading.Reading r) {
        if (r.items().stream().noneMatch(i -> "DELEGATED_DECISION".equals(i.type()))) {
            return r;
        }
        List<ProposedItem> items = new ArrayList<>();
        for (ProposedItem p : r.items()) {
            if (!"DELEGATED_DECISION".equals(p.type())) {
                items.add(p);
                continue;
            }
            ImportItem probe = new ImportItem(null, 0, p.type(), p.kind(), p.number(), p.text(), null, null, null, null, null, null, -1, 0, p.page(),
                    p.firstLine(), p.lastLine(), p.confidence(), p.reason(), null, List.of(), null, p.details(), "PROPOSED", 0);
            if (keptBefore(body.code(), probe)) {
                Map<String, Object> details = new LinkedHashMap<>(p.details());
                details.put("alreadyKept", true);
                items.add(new ProposedItem(p.type(), p.kind(), p.number(), p.text(), p.tag(), p.issuer(), p.assignee(), p.heading(), p.section(),
                        p.parentIndex(), p.page(), p.firstLine(), p.lastLine(), p.confidence(),
                        p.reason() + " Beslutet finns redan i nämndens redovisning av delegationsbeslut och registreras inte igen.", p.target(),
                        p.additionalTargets(), p.targetReason(), details));
            } else {
                items.add(p);
            }
        }
        return new DocumentReading.Reading(r.kind(), r.format(), r.pages(), r.lines(), items, r.warnings(), r.title(), r.year(), r.notice());
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private interface Edit {
        ImportItem apply(ImportItem it);
    }

    private ImportView change(UUID id, UUID itemId, int version, Edit edit) {
        ImportView current = draft(id);
        ImportItem it = item(current, itemId);
        save(current, it, edit.apply(it), version);
        return view(id);
    }

    private void save(ImportView current, ImportItem before, ImportItem after, int version) {
        String user = currentUser().username();
        if (!repository.updateItem(after, version, user)) {
            ImportItem theirs = repository.items(current.id()).stream().filter(i -> i.id().equals(before.id())).findFirst().orElse(before);
            throw conflict(current.id(), theirs);
        }
        repository.touch(current.id(), user);
    }

    /** Someone saved in between: refused with what is there now and who saved the import last, and when. */
    private ConflictException conflict(UUID importId, Object current) {
        ImportRepository.Header h = header(importId);
        return new ConflictException(current, h.updatedBy(), h.updatedAt());
    }

    private static ImportItem with(ImportItem it, String type, String kind, String number, String text, String tag, UUID parentId, int lastLine,
            TargetDraft target, List<TargetDraft> more, String targetReason, String status, String reason) {
        return new ImportItem(it.id(), it.position(), type, kind, number, text, tag, it.issuer(), it.assignee(), it.heading(), it.section(), parentId,
                it.parentIndex(), it.depth(), it.page(), it.firstLine(), lastLine, it.confidence(), reason, target, more, targetReason, it.details(), status,
                it.version());
    }

    /** The import, unless it is confirmed or discarded: then a clear refusal. */
    private ImportView draft(UUID id) {
        ImportView v = view(id);
        if (!v.isDraft()) {
            throw new DomainException("documentimport.error.notDraft", v.fileName());
        }
        return v;
    }

    private ImportItem item(ImportView v, UUID itemId) {
        return v.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow(() -> new NotFoundException("importpunkt", itemId));
    }

    private ImportRepository.Header header(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    private ImportView view(ImportRepository.Header h) {
        return new ImportView(h.id(), h.kind(), h.bodyId(), unitCode(h.bodyId()), unitName(h.bodyId()), h.fileName(), h.format(), h.pages(), h.status(),
                h.title(), h.year(), h.meetingDate(), h.adjustmentDeadline(), h.warnings(), h.resultId(), h.result(), repository.items(h.id()), h.version(),
                h.createdAt(), h.createdBy());
    }

    private String unitCode(UUID id) {
        return organisation.unit(id).code();
    }

    private String unitName(UUID id) {
        return organisation.unit(id).name();
    }

    private CurrentUser currentUser() {
        return access.currentUser();
    }

    static Permission permission(DocumentKind kind) {
        return kind == DocumentKind.NOTICE ? Permission.PREPARE_MEETING : Permission.EDIT_PLAN;
    }

    private static String shortText(String field, String label, String input, List<FieldError> errors) {
        String s = Texts.trimToNull(input);
        if (s != null && s.length() > MAX_SHORT) {
            errors.add(new FieldError(field, "validation.tooLong", label, MAX_SHORT));
        }
        return s;
    }

    /** The file's own name without a path, at most 200 characters; "dokument" when none was given. */
    static String fileName(String name) {
        String n = Texts.trimToNull(name);
        if (n == null) {
            return "dokument";
        }
        n = n.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "");
        return n.isEmpty() ? "dokument" : n.length() > 200 ? n.substring(0, 200) : n;
    }
}
