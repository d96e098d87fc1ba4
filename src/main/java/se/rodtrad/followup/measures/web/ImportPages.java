package se.rodtrad.followup.measures.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.KoladaRefresh;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.RequiresPermission;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/**
 * Imports of indicator values: choose files (or a Kolada URL), dry-run to see what would change, then
 * import what was dry-run — the files are kept in the session between the two so they need not be chosen
 * again. Every import's report stays available.
 */
@Controller
class ImportPages {

    static final String PENDING = "followup.pendingImports";

    /** A dry-run import waiting for the person to confirm it. */
    record Pending(ImportRequest request, String url) implements java.io.Serializable {
    }

    private final Imports imports;
    private final KoladaRefresh refresh;
    private final AccessPolicy access;
    private final Messages messages;

    private final FormSubmission forms;

    ImportPages(Imports imports, KoladaRefresh refresh, AccessPolicy access, Messages messages, FormSubmission forms) {
        this.forms = forms;
        this.imports = imports;
        this.refresh = refresh;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/uppfoljning/importer")
    String page(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q);
        return show(ImportForm.empty(), model);
    }

    @PostMapping("/uppfoljning/importer")
    @RequiresPermission(Permission.IMPORT_DATA)
    String run(@ModelAttribute ImportForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "action", defaultValue = "dryrun") String action, HttpSession session, Model model,
            RedirectAttributes redirect) {
        boolean dryRun = !"import".equals(action);
        access.require(Permission.IMPORT_DATA, null); // who may not import is told so before anything about the input
        List<ImportFile> uploaded = new ArrayList<>();
        try {
            if (files != null) {
                for (MultipartFile f : files) {
                    if (f != null && !f.isEmpty()) {
                        uploaded.add(new ImportFile(f.getOriginalFilename(), f.getBytes()));
                    }
                }
            }
        } catch (IOException e) {
            // the upload broke off on its way in: nothing was read, the form stays
            model.addAttribute("failure", messages.get("followup.import.error.upload"));
            return show(form, model);
        }
        return forms.submit(() -> {
            ImportFormat format = form.formatOrNull();
            var options = form.options();
            String url = Texts.trimToNull(form.url());
            if (url == null && uploaded.isEmpty()) {
                throw ValidationException.of("files", "followup.import.validation.noFile");
            }
            ImportReport report;
            ImportRequest request = new ImportRequest(format, uploaded, options, dryRun);
            if (url != null) {
                report = imports.runUrl(url, options, dryRun);
            } else {
                report = imports.run(request);
            }
            if (dryRun) {
                String token = UUID.randomUUID().toString();
                pending(session).put(token, new Pending(new ImportRequest(format, uploaded, options, false), url));
                model.addAttribute("token", token);
                model.addAttribute("view", ReportView.of(report, messages));
                return show(form, model);
            }
            return "redirect:/uppfoljning/importer/" + report.importId();
        }, refusal -> {
            if (refusal.cause() instanceof ImportFailure) {
                model.addAttribute("failure", refusal.message());
            } else if (!refusal.errors().isEmpty()) {
                model.addAttribute("errors", refusal.errors());
            } else {
                throw refusal.cause();
            }
            return show(form, model);
        });
    }

    @PostMapping("/uppfoljning/importer/bekrafta")
    String confirm(@RequestParam(name = "token", required = false) String token, HttpSession session, Model model) {
        access.require(Permission.IMPORT_DATA, null); // as for the dry run: who may not import learns nothing about pending imports
        Pending p = token == null ? null : pending(session).remove(token);
        if (p == null) {
            model.addAttribute("failure", messages.get("followup.import.error.expired"));
            return show(ImportForm.empty(), model);
        }
        return forms.submitOnly(ImportFailure.class, () -> {
            ImportReport report = p.url() != null ? imports.runUrl(p.url(), p.request().options(), false) : imports.run(p.request());
            return "redirect:/uppfoljning/importer/" + report.importId();
        }, refusal -> {
            model.addAttribute("failure", refusal.message());
            return show(ImportForm.empty(), model);
        });
    }

    /** The refresh of every KPI from Kolada; its report is shown as any import's, a failure on the import page with nothing changed. */
    @PostMapping("/uppfoljning/importer/kolada")
    @RequiresPermission(Permission.IMPORT_DATA)
    String refresh(Model model, RedirectAttributes redirect) {
        access.require(Permission.IMPORT_DATA, null);
        return forms.submitOnly(ImportFailure.class, () -> {
            KoladaRefresh.Result r = refresh.refresh(false);
            ImportReport report = r.report();
            redirect.addFlashAttribute("refreshed", messages.get("followup.kolada.refresh.summary", report.inserted(), report.updated(),
                    report.unchanged(), report.rejected(), r.kpis(), r.units(), r.pages()));
            return "redirect:/uppfoljning/importer/" + report.importId();
        }, refusal -> {
            model.addAttribute("failure", refusal.message());
            return show(ImportForm.empty(), model);
        });
    }

    @GetMapping("/uppfoljning/importer/{id}")
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("view", ReportView.of(imports.report(id), messages));
        return "followup/import-report";
    }

    private String show(ImportForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("formats", ImportFormat.values());
        model.addAttribute("canImport", access.allows(Permission.IMPORT_DATA, null));
        model.addAttribute("recent", imports.recent(30, (String) model.getAttribute("q")));
        return "followup/imports";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> pending(HttpSession session) {
        Object o = session.getAttribute(PENDING);
        if (o instanceof Map<?, ?> m) {
            // set again: sessions live in PostgreSQL (Spring Session JDBC), which saves an attribute only when it is set
            session.setAttribute(PENDING, m);
            return (Map<String, Pending>) m;
        }
        // at most a few waiting dry runs per person, the oldest dropped first
        Map<String, Pending> map = java.util.Collections.synchronizedMap(new LinkedHashMap<>(4, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
                return size() > 3;
            }
        });
        session.setAttribute(PENDING, map);
        return map;
    }
}
