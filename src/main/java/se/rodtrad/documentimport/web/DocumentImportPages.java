package se.rodtrad.documentimport.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.documentimport.DocumentImports;
import se.rodtrad.documentimport.DocumentKind;
import se.rodtrad.documentimport.ImportItem;
import se.rodtrad.documentimport.ImportView;
import se.rodtrad.documentimport.SourceLine;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.TargetForm;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/**
 * The import's pages: the list of imports with the upload form, and the review — the document on the left with the
 * chosen item's lines marked where they stand, the proposal on the right with a button for each move (accept, drop,
 * merge with the next, and pages to correct or split), keyboard shortcuts on top; nothing is made until "Bekräfta".
 * Every button is a form, so the page works without JavaScript; the script only adds the shortcuts and the marking
 * as the focus moves.
 */
@Controller
class DocumentImportPages {

    private final DocumentImports imports;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final Messages messages;

    private final FormSubmission forms;

    DocumentImportPages(DocumentImports imports, Organisation organisation, AccessPolicy access, Messages messages, FormSubmission forms) {
        this.forms = forms;
        this.imports = imports;
        this.organisation = organisation;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/dokumentimport")
    String list(Model m) {
        if (!m.containsAttribute("form")) {
            m.addAttribute("form", Map.of());
        }
        m.addAttribute("imports", imports.recent());
        m.addAttribute("bodies", bodies());
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "documentimport/imports";
    }

    @PostMapping("/dokumentimport")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "body", required = false) String body, Model m) throws IOException {
        Map<String, String> form = new HashMap<>();
        form.put("kind", kind);
        form.put("body", body);
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        return forms.submit(() -> {
            FormInput in = new FormInput();
            DocumentKind k = in.choice(DocumentKind.class, "kind", kind, "documentimport.validation.kind");
            in.check();
            ImportView v = imports.upload(new DocumentImports.Upload(k, body, content == null ? null : file.getOriginalFilename(), content));
            return "redirect:/dokumentimport/" + v.id();
        }, refusal -> {
            // what the reading of the file refused is told at the file
            m.addAttribute("errors", refusal.errorsAt("file"));
            m.addAttribute("form", form);
            return list(m);
        });
    }

    @GetMapping("/dokumentimport/{id}")
    String review(@PathVariable UUID id, @RequestParam(name = "punkt", required = false) UUID selected, Model m) {
        ImportView v = imports.view(id);
        fill(v, selected, m);
        return "documentimport/review";
    }

    private void fill(ImportView v, UUID selected, Model m) {
        List<SourceLine> lines = imports.lines(v.id());
        Map<Integer, List<SourceLine>> pages = new LinkedHashMap<>();
        lines.forEach(l -> pages.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l));
        ImportItem current = selected == null ? null : v.items().stream().filter(i -> i.id().equals(selected)).findFirst().orElse(null);
        // which item each line was read into: the review marks the lines of the chosen one and names the others
        Map<Integer, ImportItem> owner = new HashMap<>();
        for (ImportItem it : v.kept()) {
            for (int n = it.firstLine(); n <= it.lastLine() && n - it.firstLine() < 400; n++) {
                owner.putIfAbsent(n, it);
            }
        }
        m.addAttribute("imp", v);
        m.addAttribute("pages", pages);
        m.addAttribute("current", current);
        m.addAttribute("owner", owner);
        m.addAttribute("forms", TargetForm.values());
        m.addAttribute("warnings", v.warnings().stream().map(this::warning).toList());
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        if (!m.containsAttribute("confirm")) {
            m.addAttribute("confirm", new HashMap<String, Object>());
        }
    }

    @PostMapping("/dokumentimport/{id}/punkter/{itemId}/{action:godta|ta-bort|aterstall|sla-ihop}")
    String act(@PathVariable UUID id, @PathVariable UUID itemId, @PathVariable String action, @RequestParam(name = "version", required = false) Integer version,
            RedirectAttributes redirect) {
        int v = version == null ? -1 : version;
        forms.run(() -> {
            switch (action) {
                case "godta" -> imports.accept(id, itemId, v);
                case "ta-bort" -> imports.drop(id, itemId, v);
                case "aterstall" -> imports.restore(id, itemId, v);
                default -> imports.merge(id, itemId, v);
            }
        }, refusal -> redirect.addFlashAttribute("problem", refusal.conflict() ? messages.get("documentimport.conflict") : refusal.message()));
        return "redirect:/dokumentimport/" + id + "?punkt=" + itemId + "#p-" + itemId;
    }

    @GetMapping("/dokumentimport/{id}/punkter/{itemId}/andra")
    String edit(@PathVariable UUID id, @PathVariable UUID itemId, Model m) {
        ImportView v = imports.view(id);
        ImportItem it = item(v, itemId);
        m.addAttribute("imp", v);
        m.addAttribute("it", it);
        m.addAttribute("forms", TargetForm.values());
        if (!m.containsAttribute("form")) {
            Map<String, String> form = new HashMap<>();
            form.put("type", it.type());
            form.put("kind", it.kind());
            form.put("number", it.number());
            form.put("text", it.text());
            form.put("tag", it.tag());
            form.put("parentId", it.parentId() == null ? "" : it.parentId().toString());
            form.put("targetForm", it.target() == null ? null : it.target().form());
            form.put("version", String.valueOf(it.version()));
            m.addAttribute("form", form);
        }
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        m.addAttribute("parents", v.parentsFor(it));
        return "documentimport/item";
    }

    @PostMapping("/dokumentimport/{id}/punkter/{itemId}/andra")
    String correct(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam Map<String, String> form, Model m) {
        return forms.validateOrConflict(() -> {
            FormInput in = new FormInput();
            UUID parent = in.id("parentId", form.get("parentId"));
            in.check();
            imports.correct(id, itemId, version(form), new DocumentImports.Correction(form.get("type"), form.get("kind"), form.get("number"),
                    form.get("text"), form.get("tag"), parent, form.get("targetForm")));
            return "redirect:/dokumentimport/" + id + "?punkt=" + itemId + "#p-" + itemId;
        }, refusal -> {
            if (refusal.current() instanceof ImportItem theirs) {
                // the other person's version: saving again overwrites it knowingly
                m.addAttribute("errors", Map.of("text", messages.get("documentimport.conflict")));
                form.put("version", String.valueOf(theirs.version()));
            } else {
                m.addAttribute("errors", refusal.errors());
            }
            m.addAttribute("form", form);
            return edit(id, itemId, m);
        });
    }

    @GetMapping("/dokumentimport/{id}/punkter/{itemId}/dela")
    String splitForm(@PathVariable UUID id, @PathVariable UUID itemId, Model m) {
        ImportView v = imports.view(id);
        ImportItem it = item(v, itemId);
        m.addAttribute("imp", v);
        m.addAttribute("it", it);
        if (!m.containsAttribute("form")) {
            String[] parts = halves(it.text());
            m.addAttribute("form", Map.of("first", parts[0], "second", parts[1], "version", String.valueOf(it.version())));
        }
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "documentimport/split";
    }

    @PostMapping("/dokumentimport/{id}/punkter/{itemId}/dela")
    String split(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam Map<String, String> form, Model m) {
        return forms.validateOrConflict(() -> {
            imports.split(id, itemId, version(form), form.get("first"), form.get("second"));
            return "redirect:/dokumentimport/" + id + "?punkt=" + itemId + "#p-" + itemId;
        }, refusal -> {
            m.addAttribute("errors", refusal.conflict() ? Map.of("first", messages.get("documentimport.conflict")) : refusal.errors());
            m.addAttribute("form", form);
            return splitForm(id, itemId, m);
        });
    }

    @PostMapping("/dokumentimport/{id}/bekrafta")
    String confirm(@PathVariable UUID id, @RequestParam Map<String, String> form, Model m, RedirectAttributes redirect) {
        ImportView v = imports.view(id);
        return forms.submit(() -> {
            FormInput in = new FormInput();
            Integer year = in.year("year", form.get("year"));
            // both dates are told at the meeting's date, where the form asks for them together
            LocalDate date = in.date("meetingDate", form.get("meetingDate"), "documentimport.validation.date");
            LocalDate deadline = in.date("meetingDate", form.get("adjustmentDeadline"), "documentimport.validation.date");
            in.check();
            ImportView done = imports.confirm(id, version(form),
                    new DocumentImports.Confirmation(form.get("title"), year, date, form.get("startsAt"), form.get("place"), deadline));
            redirect.addFlashAttribute("confirmed", true);
            return "redirect:/dokumentimport/" + done.id();
        }, refusal -> {
            m.addAttribute("errors", refusal.conflict() ? Map.of("version", messages.get("documentimport.conflictImport"))
                    : refusal.errorsAt("confirm"));
            m.addAttribute("confirm", new HashMap<>(form));
            fill(imports.view(v.id()), null, m);
            return "documentimport/review";
        });
    }

    @PostMapping("/dokumentimport/{id}/kasta")
    String discard(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        forms.run(() -> imports.discard(id, version == null ? -1 : version), refusal -> redirect.addFlashAttribute("problem",
                refusal.conflict() ? messages.get("documentimport.conflictImport") : refusal.message()));
        return "redirect:/dokumentimport/" + id;
    }

    /** The text cut in two at the sentence end nearest its middle (a person moves the cut as needed). */
    static String[] halves(String text) {
        int best = -1;
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            if (best < 0 || Math.abs(i - text.length() / 2) < Math.abs(best - text.length() / 2)) {
                best = i;
            }
        }
        if (best < 0) {
            return new String[] {text, ""};
        }
        return new String[] {text.substring(0, best + 1).strip(), text.substring(best + 1).strip()};
    }

    private List<Unit> bodies() {
        return organisation.bodies().stream()
                .filter(b -> access.allows(Permission.EDIT_PLAN, b.id()) || access.allows(Permission.PREPARE_MEETING, b.id())).toList();
    }

    private String warning(String w) {
        int colon = w.indexOf(':');
        return colon < 0 ? messages.get(w) : messages.get(w.substring(0, colon), w.substring(colon + 1));
    }

    /** The version the form was read at; one that is missing or no number is a stale one, refused by the use case. */
    private static int version(Map<String, String> form) {
        Integer version = FormInput.intOrNull(form.get("version"));
        return version == null ? -1 : version;
    }

    private static ImportItem item(ImportView v, UUID itemId) {
        return v.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new se.rodtrad.shared.domain.NotFoundException("importpunkt", itemId));
    }

}
