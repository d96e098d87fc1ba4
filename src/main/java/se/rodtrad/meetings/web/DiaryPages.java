package se.rodtrad.meetings.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.meetings.CaseActions;
import se.rodtrad.meetings.CaseStatus;
import se.rodtrad.meetings.Diary;
import se.rodtrad.meetings.DiaryCase;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.RegisterCase;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/** The diary: the list with search, registering a case, one case with its documents, status and history. */
@Controller
class DiaryPages {

    private final Diary diary;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Messages messages;
    private final Meetings meetings;

    private final FormSubmission forms;

    DiaryPages(Diary diary, Organisation organisation, AccessPolicy access, AuditTrail audit, Messages messages, Meetings meetings, FormSubmission forms) {
        this.forms = forms;
        this.diary = diary;
        this.organisation = organisation;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.meetings = meetings;
    }

    @GetMapping("/diarium")
    String list(@RequestParam(name = "q", required = false) String q, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "organ", required = false) String bodyCode, Model m) {
        CaseStatus s = FormInput.enumOrNull(CaseStatus.class, status);
        Unit body = bodyCode == null || bodyCode.isBlank() ? null : organisation.unitByCode(bodyCode).orElse(null);
        List<DiaryCase> cases = diary.cases(q, s, body == null ? null : body.id());
        m.addAttribute("q", q);
        m.addAttribute("status", s);
        m.addAttribute("statuses", CaseStatus.values());
        m.addAttribute("body", body);
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("cases", cases);
        m.addAttribute("visible", diary.visibility(cases));
        m.addAttribute("gaps", diary.gaps());
        m.addAttribute("canRegister", organisation.bodies().stream().anyMatch(b -> access.allows(Permission.KEEP_DIARY, b.id())));
        return "meetings/diary";
    }

    record CaseForm(String seriesCode, String caseNumber, String title, String bodyId, String unitId, String caseOfficer, Boolean confidential,
            String secrecyRef, Integer version) {

        /** The form filled with the case as registered, to change it. */
        static CaseForm of(DiaryCase c) {
            return new CaseForm(c.seriesCode(), c.caseNumber(), c.title(), c.bodyId() == null ? null : c.bodyId().toString(),
                    c.unitId() == null ? null : c.unitId().toString(), c.caseOfficer(), c.confidential(), c.secrecyRef(), c.version());
        }
    }

    @GetMapping("/diarium/ny")
    String newCase(Model m) {
        List<Unit> bodies = organisation.bodies().stream().filter(b -> access.allows(Permission.KEEP_DIARY, b.id())).toList();
        if (bodies.isEmpty()) {
            throw new AccessDeniedException("KEEP_DIARY");
        }
        if (!m.containsAttribute("form")) {
            m.addAttribute("form", new CaseForm("RS", null, null, bodies.get(0).id().toString(), null, null, false, null, null));
        }
        m.addAttribute("bodies", bodies);
        m.addAttribute("units", units());
        m.addAttribute("series", diary.series());
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "meetings/case-new";
    }

    @PostMapping("/diarium/ny")
    String register(@ModelAttribute("form") CaseForm form, Model m) {
        return forms.validate(() -> {
            DiaryCase c = diary.register(new RegisterCase(form.seriesCode(), form.caseNumber(), form.title(), null,
                    FormInput.uuidOrNull(form.bodyId()), FormInput.uuidOrNull(form.unitId()), form.caseOfficer(), form.confidential(),
                    form.secrecyRef()));
            return "redirect:/diarium/" + c.caseNumber();
        }, refusal -> {
            m.addAttribute("errors", refusal.errors());
            return newCase(m);
        });
    }

    @GetMapping("/diarium/{caseNumber}")
    String show(@PathVariable String caseNumber, Model m) {
        access.require(Permission.READ_INTERNAL, null);
        DiaryCase c = diary.caseByNumber(caseNumber);
        CaseActions actions = diary.actions(c);
        m.addAttribute("c", c);
        m.addAttribute("see", actions.maySee());
        m.addAttribute("documents", diary.documents(c.id()));
        m.addAttribute("statusHistory", diary.statusHistory(c.id()));
        m.addAttribute("canKeep", actions.mayKeep());
        m.addAttribute("units", units());
        m.addAttribute("maxMb", diary.maxDocumentBytes() / (1024 * 1024));
        m.addAttribute("items", meetings.appearances(c.id()));
        m.addAttribute("history", actions.maySee() ? audit.history("diary_case", c.id(), 30) : List.of());
        if (!m.containsAttribute("form")) {
            m.addAttribute("form", CaseForm.of(c));
        }
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "meetings/case";
    }

    @PostMapping("/diarium/{caseNumber}/redigera")
    String update(@PathVariable String caseNumber, @ModelAttribute("form") CaseForm form, Model m) {
        DiaryCase c = diary.caseByNumber(caseNumber);
        return forms.submit(() -> {
            diary.update(c.id(), form.version() == null ? -1 : form.version(), form.title(), FormInput.uuidOrNull(form.unitId()),
                    form.caseOfficer(), form.confidential(), form.secrecyRef());
            return "redirect:/diarium/" + caseNumber;
        }, refusal -> {
            m.addAttribute("errors", refusal.errorsAt("title"));
            if (refusal.current() instanceof DiaryCase theirs) {
                m.addAttribute("form", new CaseForm(form.seriesCode(), form.caseNumber(), form.title(), form.bodyId(), form.unitId(),
                        form.caseOfficer(), form.confidential(), form.secrecyRef(), theirs.version()));
            }
            return show(caseNumber, m);
        });
    }

    @PostMapping("/diarium/{caseNumber}/status")
    String status(@PathVariable String caseNumber, @RequestParam(required = false) String status, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        DiaryCase c = diary.caseByNumber(caseNumber);
        forms.run(() -> {
            FormInput in = new FormInput();
            CaseStatus to = in.choice(CaseStatus.class, "status", status);
            in.check();
            diary.changeStatus(c.id(), version == null ? -1 : version, to, note);
        }, refusal -> redirect.addFlashAttribute("statusError", refusal.message()));
        return "redirect:/diarium/" + caseNumber + "#status";
    }

    @PostMapping("/diarium/{caseNumber}/handlingar")
    String upload(@PathVariable String caseNumber, @RequestParam(required = false) String title, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Boolean confidential, @RequestParam(required = false) String secrecyRef, RedirectAttributes redirect)
            throws IOException {
        DiaryCase c = diary.caseByNumber(caseNumber);
        byte[] content = file == null ? null : file.getBytes();
        forms.run(() -> {
            diary.upload(c.id(), title, file == null ? null : file.getOriginalFilename(), content, confidential, secrecyRef);
            redirect.addFlashAttribute("done", messages.get("diary.uploaded"));
        }, refusal -> {
            redirect.addFlashAttribute("uploadTitle", title);
            redirect.addFlashAttribute("uploadError", refusal.errors().isEmpty() ? refusal.message() : String.join(" ", refusal.errors().values()));
        });
        return "redirect:/diarium/" + caseNumber + "#handlingar";
    }

    @PostMapping("/diarium/{caseNumber}/handlingar/lank")
    String link(@PathVariable String caseNumber, @RequestParam(required = false) String title, @RequestParam(required = false) String href,
            RedirectAttributes redirect) {
        DiaryCase c = diary.caseByNumber(caseNumber);
        forms.run(() -> diary.addDocument(c.id(), title, href), refusal -> redirect.addFlashAttribute("uploadError", refusal.message()));
        return "redirect:/diarium/" + caseNumber + "#handlingar";
    }

    @GetMapping("/diarium/handlingar/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        Diary.FileContent f = diary.file(id);
        return file(f);
    }

    @PostMapping("/diarium/luckor")
    String gap(@RequestParam(required = false) String seriesCode, @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        forms.run(() -> {
            diary.explainGap(seriesCode, year == null ? 0 : year, from == null ? 0 : from, to == null ? 0 : to, reason);
            redirect.addFlashAttribute("done", messages.get("diary.gapRecorded"));
        }, refusal -> redirect.addFlashAttribute("gapError", refusal.message()));
        return "redirect:/diarium#luckor";
    }

    private List<Unit> units() {
        return organisation.workingUnits();
    }

    static ResponseEntity<byte[]> file(Diary.FileContent f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.bytes());
    }
}
