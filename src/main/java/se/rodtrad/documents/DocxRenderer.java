package se.rodtrad.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * The same documents as DOCX, editable in Word: real heading styles (so the navigation pane and a table of
 * contents work), bullet paragraphs, and the footer "Organ, Titel N(M)" with page fields.
 */
@Component
class DocxRenderer {

    byte[] plan(PlanDocument doc) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(docx);
            docx.getProperties().getCoreProperties().setTitle(doc.footer());
            docx.getProperties().getCoreProperties().setCreator(doc.plan().bodyName());
            footer(docx, doc.footer());

            paragraph(docx, doc.plan().bodyName(), true, 28, "A4161A");
            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Title");
            XWPFRun t = title.createRun();
            t.setText(doc.title());
            t.setBold(true);
            t.setFontSize(26);
            if (doc.plan().planningYears() != null) {
                paragraph(docx, "Planering " + doc.plan().planningYears(), false, 13, null);
            }
            paragraph(docx, statusLine(doc), false, 10, null);
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);

            for (PlanDocument.Section s : doc.sections()) {
                heading(docx, s.numberedHeading(), Math.min(s.level(), 3));
                for (PlanDocument.Block b : s.blocks()) {
                    if (b.paragraph() != null) {
                        paragraph(docx, b.paragraph(), false, 10, null);
                    } else if (b.heading() != null) {
                        paragraph(docx, b.heading(), true, 11, null);
                    } else {
                        b.bullets().forEach(li -> paragraph(docx, "• " + li, false, 10, null));
                        items(docx, b.items());
                    }
                }
                items(docx, s.items());
                s.tables().forEach(table -> budgetTable(docx, table));
                if (!s.risks().isEmpty()) {
                    risks(docx, s.risks());
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void items(XWPFDocument docx, java.util.List<se.rodtrad.planning.PlanEntry> entries) {
                for (ItemLayout.Line line : ItemLayout.lines(entries)) {
                    switch (line.kind()) {
                        case PERSPECTIVE -> heading(docx, line.text(), 3);
                        case GOAL -> leadParagraph(docx, line.lead(), line.text(), true);
                        case ASSIGNMENT -> leadParagraph(docx, line.lead(), line.text(), false);
                        case INDICATORS, STRATEGIES, ACTIVITIES -> {
                            paragraph(docx, line.lead(), true, 10, null);
                            line.list().forEach(li -> paragraph(docx, "• " + li, false, 10, null));
                        }
                    }
                }
    }

    private static void budgetTable(XWPFDocument docx, se.rodtrad.budget.BudgetTable t) {
        paragraph(docx, t.title() + (t.unit() == null || t.unit().isBlank() ? "" : " (" + t.unit() + ")"), true, 10, null);
        org.apache.poi.xwpf.usermodel.XWPFTable table = docx.createTable(t.rows().size() + 1, t.columns().size() + 1);
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < t.columns().size(); c++) {
            table.getRow(0).getCell(c + 1).setText(t.columns().get(c).label());
        }
        for (int r = 0; r < t.rows().size(); r++) {
            var row = t.rows().get(r);
            table.getRow(r + 1).getCell(0).setText(row.label());
            for (int c = 0; c < t.columns().size(); c++) {
                table.getRow(r + 1).getCell(c + 1).setText(row.cell(c).printed());
            }
        }
    }

    private static void risks(XWPFDocument docx, java.util.List<se.rodtrad.internalcontrol.RiskView> risks) {
        org.apache.poi.xwpf.usermodel.XWPFTable table = docx.createTable(risks.size() + 1, 3);
        table.getRow(0).setRepeatHeader(true);
        table.getRow(0).getCell(0).setText("Verksamhet");
        table.getRow(0).getCell(1).setText("Risk");
        table.getRow(0).getCell(2).setText("Åtgärder");
        for (int i = 0; i < risks.size(); i++) {
            var risk = risks.get(i);
            table.getRow(i + 1).getCell(0).setText(risk.activity());
            table.getRow(i + 1).getCell(1).setText(risk.text());
            table.getRow(i + 1).getCell(2).setText(String.join("\n", risk.actions().stream().map(a -> a.text()).toList()));
        }
    }

    private static String statusLine(PlanDocument doc) {
        return switch (doc.plan().status()) {
            case DECIDED -> "Beslutad" + (doc.plan().decision() == null ? "" : decision(doc));
            case PROPOSAL -> "Förslag";
            case DRAFT -> "Utkast";
        };
    }

    private static String decision(PlanDocument doc) {
        var d = doc.plan().decision();
        return (d.date() == null ? "" : " " + d.date()) + (d.body() == null ? "" : " av " + d.body())
                + (d.paragraph() == null ? "" : ", " + d.paragraph());
    }

    private static void heading(XWPFDocument docx, String text, int level) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
    }

    private static void paragraph(XWPFDocument docx, String text, boolean bold, int size, String color) {
        XWPFParagraph p = docx.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("Calibri");
        if (color != null) {
            r.setColor(color);
        }
    }

    private static void leadParagraph(XWPFDocument docx, String lead, String text, boolean bold) {
        XWPFParagraph p = docx.createParagraph();
        XWPFRun l = p.createRun();
        l.setText(lead + " ");
        l.setBold(true);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
    }

    private static void footer(XWPFDocument docx, String text) {
        CTSectPr sect = docx.getDocument().getBody().addNewSectPr();
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(docx, sect);
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.createRun().setText(text + " ");
        field(p, "PAGE");
        p.createRun().setText("(");
        field(p, "NUMPAGES");
        p.createRun().setText(")");
    }

    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Word's built-in heading styles with outline levels, so headings are real headings. */
    private static void headingStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        for (int level = 1; level <= 3; level++) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("Heading" + level);
            ct.addNewName().setVal("heading " + level);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewBasedOn().setVal("Normal");
            ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
            ct.addNewQFormat();
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            var rpr = ct.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(List.of(32, 26, 22).get(level - 1)));
            styles.addStyle(new XWPFStyle(ct, styles));
        }
        CTStyle title = CTStyle.Factory.newInstance();
        title.setStyleId("Title");
        title.addNewName().setVal("Title");
        title.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(title, styles));
    }
}
