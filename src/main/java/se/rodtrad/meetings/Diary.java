package se.rodtrad.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The diary (diarium): registering cases with numbers that are never given twice, their documents (uploaded files,
 * documents the product renders, documents listed by title), their status with its history, confidentiality with the
 * paragraph of the Public Access to Information and Secrecy Act (OSL) it rests on, and gaps in a series explained.
 * Registration is what OSL 5 kap. 1 § asks of public documents received or drawn up; what is registered is public
 * (TF 2 kap.) except what secrecy covers, so the public diary shows a confidential case only by number and date.
 */
@Service
@Transactional(readOnly = true)
public class Diary {

    static final int MAX_TITLE = 500;
    static final int MAX_SHORT = 200;
    static final int MAX_NOTE = 1000;
    /** What a case document may be: the formats the region's papers come in. */
    static final List<String> ALLOWED_TYPES = List.of("pdf", "docx", "xlsx");

    private final DiaryRepository diary;
    private final AccessPolicy access;
    private final Organisation organisation;
    private final DataSize maxDocumentSize;

    Diary(DiaryRepository diary, AccessPolicy access, Organisation organisation,
            @Value("${rodtrad.diary.max-document-size:15MB}") DataSize maxDocumentSize) {
        this.diary = diary;
        this.access = access;
        this.organisation = organisation;
        this.maxDocumentSize = maxDocumentSize;
    }

    /** A series of the diary: its code ("RS"), name and how its numbers are written. */
    public record Series(String code, String name, String format) {
    }

    public List<Series> series() {
        return diary.series().stream().map(s -> new Series(s.code(), s.name(), s.format())).toList();
    }

    public long maxDocumentBytes() {
        return maxDocumentSize.toBytes();
    }

    // --- reading ---

    public DiaryCase caseById(UUID id) {
        return diary.findById(id).orElseThrow(() -> new NotFoundException("ärende", id));
    }

    public Optional<DiaryCase> findByNumber(String caseNumber) {
        String n = Texts.trimToNull(caseNumber);
        return n == null ? Optional.empty() : diary.findByNumber(n);
    }

    public DiaryCase caseByNumber(String caseNumber) {
        return findByNumber(caseNumber).orElseThrow(() -> new NotFoundException("ärende", caseNumber));
    }

    /** The diary as an internal reader sees it: newest first, filtered by text (number or words), status and body. */
    public List<DiaryCase> cases(String text, CaseStatus status, UUID bodyId) {
        access.require(Permission.READ_INTERNAL, null);
        return diary.find(Texts.trimToNull(text), status, bodyId, 500);
    }

    /** Whether the current person may see what a confidential case or document holds (they keep the body's diary or meetings). */
    public boolean maySeeConfidential(DiaryCase c) {
        return access.allows(Permission.KEEP_DIARY, c.scopeUnitId()) || access.allows(Permission.PREPARE_MEETING, c.scopeUnitId());
    }

    /** What the current person may do with the case (its page's and the API's answer). */
    public CaseActions actions(DiaryCase c) {
        return new CaseActions(!c.confidential() || maySeeConfidential(c), mayKeep(c));
    }

    /** For each of the cases, whether the current person may see what it holds ({@link CaseActions#maySee()}). */
    public java.util.Map<UUID, Boolean> visibility(List<DiaryCase> cases) {
        java.util.Map<UUID, Boolean> result = new java.util.LinkedHashMap<>();
        cases.forEach(c -> result.put(c.id(), actions(c).maySee()));
        return result;
    }

    public boolean mayKeep(DiaryCase c) {
        return access.allows(Permission.KEEP_DIARY, c.scopeUnitId());
    }

    /** The case's documents as the current person may see them: a confidential one's title only to those who keep the case. */
    public List<CaseDocument> documents(UUID caseId) {
        DiaryCase c = caseById(caseId);
        boolean all = maySeeConfidential(c);
        return diary.documents(caseId).stream().map(d -> d.confidential() && !all ? hidden(d) : d).toList();
    }

    public List<CaseStatusChange> statusHistory(UUID caseId) {
        return diary.statusChanges(caseId);
    }

    /** A file and how it is served. */
    public record FileContent(String fileName, String contentType, byte[] bytes) {
    }

    /** An uploaded document's file; a confidential one only to those who keep the case, public ones to any internal reader. */
    public FileContent file(UUID documentId) {
        access.require(Permission.READ_INTERNAL, null);
        CaseDocument d = diary.document(documentId).filter(CaseDocument::downloadable)
                .orElseThrow(() -> new NotFoundException("handling", documentId));
        DiaryCase c = caseById(d.caseId());
        if ((d.confidential() || c.confidential()) && !maySeeConfidential(c)) {
            throw new DomainException("diary.error.confidentialDocument", d.secrecyRef() != null ? d.secrecyRef() : c.secrecyRef());
        }
        return new FileContent(d.fileName(), d.contentType(), diary.content(documentId));
    }

    /** A public document of a non-confidential case, for the portal and the papers of a published agenda. */
    public Optional<FileContent> publicFile(UUID documentId) {
        return diary.document(documentId).filter(CaseDocument::downloadable).filter(d -> !d.confidential())
                .filter(d -> diary.findById(d.caseId()).map(c -> !c.confidential() && c.status() != CaseStatus.VOIDED).orElse(false))
                .map(d -> new FileContent(d.fileName(), d.contentType(), diary.content(documentId)));
    }

    /** One row of the public diary: a confidential case shows only its number, date and that it is confidential. */
    public record PublicCase(String caseNumber, LocalDate registeredOn, String title, boolean confidential, CaseStatus status, String bodyCode) {
    }

    public List<PublicCase> publicDiary(String text) {
        String q = Texts.trimToNull(text);
        return diary.find(q, null, null, 500).stream()
                .filter(c -> q == null || !c.confidential() || c.caseNumber().equalsIgnoreCase(q))
                .map(Diary::publicView).toList();
    }

    public Optional<PublicCase> publicCase(String caseNumber) {
        return findByNumber(caseNumber).map(Diary::publicView);
    }

    static PublicCase publicView(DiaryCase c) {
        return new PublicCase(c.caseNumber(), c.registeredOn(), c.confidential() ? null : c.title(), c.confidential(), c.status(), c.bodyCode());
    }

    public List<DiaryGap> gaps() {
        return diary.gaps();
    }

    // --- registering and changing ---

    /**
     * Registers a case. The number is the next of the series and year unless one is given (a case from before the
     * product kept the diary): then it must be in the series' format and free — a number is never given twice.
     */
    @Transactional
    public DiaryCase register(RegisterCase command) {
        UUID scope = command.bodyId() != null ? command.bodyId() : command.unitId();
        CurrentUser user = access.require(Permission.KEEP_DIARY, scope);
        return register(command, null, false, user.username());
    }

    DiaryCase register(RegisterCase command, String source, boolean exempeldata, String user) {
        List<FieldError> errors = new ArrayList<>();
        String seriesCode = Texts.trimToNull(command.seriesCode());
        DiaryRepository.Series series = seriesCode == null ? null : diary.seriesByCode(seriesCode.toUpperCase(Locale.ROOT)).orElse(null);
        if (series == null) {
            errors.add(new FieldError("seriesCode", "diary.validation.series", seriesCode == null ? "" : seriesCode));
        }
        String title = text("title", "diary.field.title", command.title(), MAX_TITLE, true, errors);
        String officer = text("caseOfficer", "diary.field.caseOfficer", command.caseOfficer(), MAX_SHORT, false, errors);
        boolean confidential = Boolean.TRUE.equals(command.confidential());
        String secrecy = secrecy(confidential, command.secrecyRef(), errors);
        // a case registered now is dated today; one from before may lack the date its source does not give
        LocalDate registeredOn = command.registeredOn() != null || source != null ? command.registeredOn() : LocalDate.now();
        if (registeredOn != null && registeredOn.isAfter(LocalDate.now())) {
            errors.add(new FieldError("registeredOn", "diary.validation.futureDate"));
        }
        checkUnits(command.bodyId(), command.unitId(), errors);
        String given = Texts.trimToNull(command.caseNumber());
        int year = registeredOn != null ? registeredOn.getYear() : LocalDate.now().getYear();
        int number = 0;
        if (series != null && given != null) {
            Optional<int[]> parsed = series.caseNumberFormat().parse(series.code(), given, year / 100 * 100);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("caseNumber", "diary.validation.caseNumberFormat", given,
                        series.caseNumberFormat().format(series.code(), year, 123)));
            } else {
                year = parsed.get()[0];
                number = parsed.get()[1];
                if (diary.caseNumberTaken(given)) {
                    // a number is never given twice: the first registration keeps it
                    errors.add(new FieldError("caseNumber", "diary.validation.caseNumberTaken", given));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String caseNumber;
        if (given != null) {
            caseNumber = given;
            diary.raiseCounter(series.id(), year, number);
        } else {
            number = diary.nextNumber(series.id(), year);
            caseNumber = series.caseNumberFormat().format(series.code(), year, number);
        }
        UUID id = diary.insert(series.id(), year, number, caseNumber, title, registeredOn, command.bodyId(), command.unitId(), officer,
                CaseStatus.REGISTERED, confidential, secrecy, source, exempeldata, user);
        diary.recordStatusChange(id, null, CaseStatus.REGISTERED, null, user);
        return caseById(id);
    }

    /** Changes what the case says about itself; a stale version is refused with the other person's save. */
    @Transactional
    public DiaryCase update(UUID caseId, int version, String title, UUID unitId, String caseOfficer, Boolean confidential, String secrecyRef) {
        DiaryCase current = caseById(caseId);
        CurrentUser user = access.require(Permission.KEEP_DIARY, current.scopeUnitId());
        List<FieldError> errors = new ArrayList<>();
        String t = text("title", "diary.field.title", title, MAX_TITLE, true, errors);
        String officer = text("caseOfficer", "diary.field.caseOfficer", caseOfficer, MAX_SHORT, false, errors);
        boolean conf = Boolean.TRUE.equals(confidential);
        String secrecy = secrecy(conf, secrecyRef, errors);
        checkUnits(null, unitId, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!diary.update(caseId, version, t, unitId, officer, conf, secrecy, user.username())) {
            DiaryCase theirs = caseById(caseId);
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return caseById(caseId);
    }

    /** Moves the case along its status by hand (registered → prepared → decided → dispatched → closed), recorded in its history. */
    @Transactional
    public DiaryCase changeStatus(UUID caseId, int version, CaseStatus to, String note) {
        DiaryCase current = caseById(caseId);
        CurrentUser user = access.require(Permission.KEEP_DIARY, current.scopeUnitId());
        if (to == null || !current.status().next().contains(to)) {
            throw new DomainException("diary.error.transition", current.caseNumber(), statusWord(current.status()), to == null ? "–" : statusWord(to));
        }
        String n = Texts.trimToNull(note);
        if (to == CaseStatus.VOIDED && n == null) {
            throw ValidationException.of("note", "diary.validation.voidReason");
        }
        if (n != null && n.length() > MAX_NOTE) {
            throw ValidationException.of("note", "validation.tooLong", "Anteckning", MAX_NOTE);
        }
        return move(current, version, to, n, user.username());
    }

    private DiaryCase move(DiaryCase current, int version, CaseStatus to, String note, String user) {
        if (!diary.updateStatus(current.id(), version, to, to == CaseStatus.VOIDED ? note : null, user)) {
            DiaryCase theirs = caseById(current.id());
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        diary.recordStatusChange(current.id(), current.status(), to, note, user);
        return caseById(current.id());
    }

    /** The meeting put the case on its agenda: a registered case becomes prepared. */
    void markPrepared(UUID caseId, String user) {
        DiaryCase c = caseById(caseId);
        if (c.status() == CaseStatus.REGISTERED) {
            move(c, c.version(), CaseStatus.PREPARED, null, user);
        }
    }

    /** A § decided the case (at justering): it is decided, with the § in its history. */
    void markDecided(UUID caseId, String paragraph, String user) {
        DiaryCase c = caseById(caseId);
        if (c.status() == CaseStatus.REGISTERED || c.status() == CaseStatus.PREPARED) {
            move(c, c.version(), CaseStatus.DECIDED, paragraph, user);
        }
    }

    /** The decision was sent to its distribution list. */
    void markDispatched(UUID caseId, String user) {
        DiaryCase c = caseById(caseId);
        if (c.status() == CaseStatus.DECIDED) {
            move(c, c.version(), CaseStatus.DISPATCHED, null, user);
        }
    }

    /** An uploaded file: PDF, DOCX or XLSX, within the size limit, checked by its content and not only its name. */
    @Transactional
    public CaseDocument upload(UUID caseId, String title, String fileName, byte[] content, Boolean confidential, String secrecyRef) {
        DiaryCase c = caseById(caseId);
        CurrentUser user = access.require(Permission.KEEP_DIARY, c.scopeUnitId());
        List<FieldError> errors = new ArrayList<>();
        String name = Texts.trimToNull(fileName);
        String t = Texts.trimToNull(title) != null ? Texts.trimToNull(title) : name;
        if (t == null) {
            errors.add(new FieldError("title", "validation.required", "Titel"));
        } else if (t.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "validation.tooLong", "Titel", MAX_TITLE));
        }
        String type = null;
        if (content == null || content.length == 0 || name == null) {
            errors.add(new FieldError("file", "diary.validation.fileMissing"));
        } else if (content.length > maxDocumentSize.toBytes()) {
            errors.add(new FieldError("file", "diary.validation.fileTooLarge", name, maxDocumentSize.toMegabytes()));
        } else {
            type = DocumentType.of(name, content);
            if (type == null) {
                errors.add(new FieldError("file", "diary.validation.fileType", name));
            }
        }
        if (name != null && name.length() > 255) {
            errors.add(new FieldError("file", "validation.tooLong", "Filnamn", 255));
        }
        boolean conf = Boolean.TRUE.equals(confidential);
        String secrecy = secrecy(conf, secrecyRef, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID id = diary.insertDocument(caseId, t, "UPLOAD", name, DocumentType.contentType(type), content, null, conf, secrecy, LocalDate.now(),
                user.username());
        return diary.document(id).orElseThrow();
    }

    /** A document the product renders (its path in the product) or one listed by title only. */
    @Transactional
    public CaseDocument addDocument(UUID caseId, String title, String href) {
        DiaryCase c = caseById(caseId);
        CurrentUser user = access.require(Permission.KEEP_DIARY, c.scopeUnitId());
        return addDocument(c, title, href, LocalDate.now(), user.username());
    }

    CaseDocument addDocument(DiaryCase c, String title, String href, LocalDate registeredOn, String user) {
        String t = Texts.trimToNull(title);
        if (t == null) {
            throw ValidationException.of("title", "validation.required", "Titel");
        }
        if (t.length() > MAX_TITLE) {
            throw ValidationException.of("title", "validation.tooLong", "Titel", MAX_TITLE);
        }
        String h = Texts.trimToNull(href);
        if (h != null && (!h.startsWith("/") || h.startsWith("//") || h.length() > 500)) {
            throw ValidationException.of("href", "diary.validation.href", h);
        }
        UUID id = diary.insertDocument(c.id(), t, h == null ? "LISTED" : "RENDERED", null, null, null, h, false, null, registeredOn, user);
        return diary.document(id).orElseThrow();
    }

    /** Explains numbers of a series that no case carries; they stay unused for ever. */
    @Transactional
    public void explainGap(String seriesCode, int year, int from, int to, String reason) {
        CurrentUser user = access.require(Permission.KEEP_DIARY, null);
        explainGap(seriesCode, year, from, to, reason, user.username());
    }

    void explainGap(String seriesCode, int year, int from, int to, String reason, String user) {
        DiaryRepository.Series series = diary.seriesByCode(seriesCode)
                .orElseThrow(() -> ValidationException.of("seriesCode", "diary.validation.series", seriesCode));
        String r = Texts.trimToNull(reason);
        if (r == null) {
            throw ValidationException.of("reason", "validation.required", "Skäl");
        }
        if (from <= 0 || to < from) {
            throw ValidationException.of("from", "diary.validation.gapRange", from, to);
        }
        if (diary.overlapsCaseOrGap(series.id(), year, from, to)) {
            throw new DomainException("diary.error.gapOverlaps", from, to, seriesCode, year);
        }
        diary.insertGap(series.id(), year, from, to, r.length() > MAX_NOTE ? r.substring(0, MAX_NOTE) : r, user);
        diary.raiseCounter(series.id(), year, to);
    }

    // --- rules of the fields ---

    private String secrecy(boolean confidential, String secrecyRef, List<FieldError> errors) {
        String s = Texts.trimToNull(secrecyRef);
        if (confidential && s == null) {
            // a confidential document must say which secrecy rule covers it (OSL), otherwise it is public
            errors.add(new FieldError("secrecyRef", "diary.validation.secrecyRef"));
        } else if (s != null && s.length() > MAX_SHORT) {
            errors.add(new FieldError("secrecyRef", "validation.tooLong", "Sekretessbestämmelse", MAX_SHORT));
        }
        return confidential ? s : null;
    }

    private void checkUnits(UUID bodyId, UUID unitId, List<FieldError> errors) {
        if (bodyId != null && !organisation.unit(bodyId).type().isPoliticalBody()) {
            errors.add(new FieldError("bodyId", "diary.validation.notABody", organisation.unit(bodyId).name()));
        }
        if (unitId != null) {
            organisation.unit(unitId);
        }
    }

    private static String text(String field, String label, String input, int max, boolean required, List<FieldError> errors) {
        String s = Texts.trimToNull(input);
        if (s == null && required) {
            errors.add(new FieldError(field, "validation.required", new org.springframework.context.support.DefaultMessageSourceResolvable(label)));
        } else if (s != null && s.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", new org.springframework.context.support.DefaultMessageSourceResolvable(label), max));
        }
        return s;
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable statusWord(CaseStatus s) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("case.status." + s.name());
    }

    private static CaseDocument hidden(CaseDocument d) {
        return new CaseDocument(d.id(), d.caseId(), null, d.kind(), null, null, null, null, true, d.secrecyRef(), d.registeredOn(), d.version());
    }

    /** The three formats a case document may have, recognised by their first bytes (a renamed file is refused). */
    static final class DocumentType {

        private DocumentType() {
        }

        static String of(String fileName, byte[] content) {
            String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!ALLOWED_TYPES.contains(ext) || content.length < 4) {
                return null;
            }
            boolean pdf = new String(content, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF");
            boolean zip = content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
            return switch (ext) {
                case "pdf" -> pdf ? ext : null;
                default -> zip ? ext : null; // DOCX and XLSX are Office Open XML: zip packages
            };
        }

        static String contentType(String type) {
            return switch (type) {
                case "pdf" -> "application/pdf";
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            };
        }
    }
}
