package se.rodtrad.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renders plans as PDF and DOCX. */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final PlanDocuments plans;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;

    DocumentService(PlanDocuments plans, PdfRenderer pdf, DocxRenderer docx) {
        this.plans = plans;
        this.pdf = pdf;
        this.docx = docx;
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

    private static Map<String, Object> model(PlanDocument doc) {
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
        return Map.of("doc", doc, "blocks", blocks, "layout", layout);
    }
}
