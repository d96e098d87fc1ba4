package se.rodtrad.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Renders plans as PDF, DOCX and XLSX, and a plan's change overview and assignment summary as PDF and DOCX. Not
 * transactional, like every renderer of this module: what a document shows is read by the readers (each in its own
 * read-only transaction), the connection goes back to the pool, and only then is the document laid out (issue 21: a
 * render that held its connection for minutes emptied the pool for everyone).
 */
@Service
public class DocumentService {

    private final PlanDocuments plans;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final ChangeDocuments changes;
    private final AssignmentSummaries assignments;
    private final PlanWorkbook workbook;
    private final se.rodtrad.shared.web.SourceNames sources;

    DocumentService(PlanDocuments plans, PdfRenderer pdf, DocxRenderer docx, ChangeDocuments changes, AssignmentSummaries assignments,
            PlanWorkbook workbook, se.rodtrad.shared.web.SourceNames sources) {
        this.sources = sources;
        this.plans = plans;
        this.pdf = pdf;
        this.docx = docx;
        this.changes = changes;
        this.assignments = assignments;
        this.workbook = workbook;
    }

    /** A rendered file and the name a download gets ("Regional tillväxtnämnd - Sammanfattning av uppdrag … (17 st)"). */
    public record Rendered(byte[] bytes, String fileName) {
    }

    /** "Förslag till ändringar … till VP-2026" as PDF: from the given plan, or the body's previous one. */
    public Rendered changesPdf(UUID planId, UUID fromPlanId) {
        ChangeDocument doc = changes.document(planId, fromPlanId);
        return new Rendered(pdf.pdf("documents/changes-pdf", Map.of("doc", doc)), name(doc.to().bodyName(), doc.title()) + ".pdf");
    }

    public Rendered changesDocx(UUID planId, UUID fromPlanId) {
        ChangeDocument doc = changes.document(planId, fromPlanId);
        return new Rendered(docx.changes(doc), name(doc.to().bodyName(), doc.title()) + ".docx");
    }

    /** "Sammanfattning av uppdrag till regional tillväxtnämnd (17 st)" as PDF. */
    public Rendered assignmentsPdf(UUID planId) {
        AssignmentSummary doc = assignments.summary(planId);
        return new Rendered(pdf.pdf("documents/assignments-pdf", Map.of("doc", doc)), name(doc.plan().bodyName(), doc.title()) + ".pdf");
    }

    public Rendered assignmentsDocx(UUID planId) {
        AssignmentSummary doc = assignments.summary(planId);
        return new Rendered(docx.assignments(doc), name(doc.plan().bodyName(), doc.title()) + ".docx");
    }

    /** The plan's tables as XLSX: goals and indicators with their targets, assignments, every budget table. */
    public byte[] planXlsx(UUID planId) {
        return workbook.workbook(planId);
    }

    private static String name(String body, String title) {
        return (body + " - " + title).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    public PlanDocument planDocument(UUID planId) {
        return plans.document(planId);
    }

    public byte[] planPdf(UUID planId) {
        PlanDocument doc = plans.document(planId);
        return pdf.pdf("documents/plan-pdf", model(doc));
    }

    public byte[] planDocx(UUID planId) {
        return docx.plan(plans.document(planId));
    }

    /** The file name a download gets: "Regional tillväxtnämnd - Verksamhetsplan med budget 2023". */
    public String fileName(UUID planId) {
        PlanDocument doc = plans.document(planId);
        return (doc.plan().bodyName() + " - " + doc.plan().title()).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private Map<String, Object> model(PlanDocument doc) {
        // Each section reads as its blocks in order, then the perspective's items the section receives.
        Map<PlanDocument.Section, List<PlanDocument.Block>> blocks = new HashMap<>();
        Map<PlanDocument.Block, List<ItemLayout.Line>> layout = new HashMap<>();
        for (PlanDocument.Section s : doc.sections()) {
            List<PlanDocument.Block> all = new java.util.ArrayList<>(s.blocks());
            if (!s.items().isEmpty()) {
                all.add(PlanDocument.Block.items(s.items()));
            }
            blocks.put(s, all);
            all.forEach(b -> layout.put(b, ItemLayout.lines(b.items())));
        }
        // the cover names the document the plan was transcribed from, never the seed file
        String source = sources.words(doc.plan().source());
        return source == null ? Map.of("doc", doc, "blocks", blocks, "layout", layout)
                : Map.of("doc", doc, "blocks", blocks, "layout", layout, "source", source);
    }
}
