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

    /** The change overview: heading block, the overview table, then each part with its four sections. */
    byte[] changes(ChangeDocument doc) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            start(docx, doc.footer(), doc.to().bodyName());
            headingBlock(docx, doc.to().bodyName(), doc.date(), doc.title());
            paragraph(docx, doc.subtitle(), false, 11, null);
            paragraph(docx, "Status: " + status(doc.to()), false, 10, null);
            heading(docx, "Sammanställning", 2);
            paragraph(docx, "Jämförelsen följer varje punkt mellan planerna genom dess livslinje, också när den har fått nytt nummer eller ny lydelse. "
                    + "Ändrad lydelse visas ord för ord: [−struken text] är borttagen och genomstruken, [+ny text] är tillagd och understruken.", false, 10, null);
            org.apache.poi.xwpf.usermodel.XWPFTable table = docx.createTable(doc.counts().size() + 1, 5);
            table.getRow(0).setRepeatHeader(true);
            String[] head = {"Del", "Nya", "Ändrade", "Borttagna", "Fortsätter"};
            for (int i = 0; i < head.length; i++) {
                table.getRow(0).getCell(i).setText(head[i]);
            }
            for (int r = 0; r < doc.counts().size(); r++) {
                ChangeDocument.CountRow row = doc.counts().get(r);
                var x = table.getRow(r + 1);
                x.getCell(0).setText(row.heading());
                x.getCell(1).setText(String.valueOf(row.added()));
                x.getCell(2).setText(String.valueOf(row.changed()));
                x.getCell(3).setText(String.valueOf(row.removed()));
                x.getCell(4).setText(String.valueOf(row.continued()));
            }
            for (ChangeDocument.Group g : doc.groups()) {
                heading(docx, g.number() + " " + g.heading(), 1);
                for (ChangeDocument.Section s : g.sections()) {
                    heading(docx, s.number() + " " + s.heading(), 2);
                    if (s.items().isEmpty()) {
                        paragraph(docx, "Inga.", false, 10, null);
                    }
                    for (ChangeDocument.Item i : s.items()) {
                        String head2 = i.label() + (i.previousLabel() == null ? "" : " (tidigare " + i.previousLabel() + ")")
                                + (i.targetChanged() ? " · nytt målvärde" : "");
                        paragraph(docx, head2, true, 10, "A4161A");
                        if (i.hasDiff()) {
                            XWPFParagraph p = docx.createParagraph();
                            run(p, "Ändring: ", true);
                            for (se.rodtrad.planning.WordDiff.Token t : i.diff()) {
                                switch (t.op()) {
                                    case EQUAL -> run(p, t.text() + " ", false);
                                    case DELETE -> {
                                        XWPFRun r = run(p, "[−" + t.text() + "]", false);
                                        r.setStrikeThrough(true);
                                        run(p, " ", false);
                                    }
                                    case INSERT -> {
                                        XWPFRun r = run(p, "[+" + t.text() + "]", true);
                                        r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                                        run(p, " ", false);
                                    }
                                }
                            }
                            leadParagraph(docx, "Ny lydelse:", i.text(), false);
                        } else {
                            paragraph(docx, i.text(), false, 10, null);
                        }
                        if (i.context() != null) {
                            paragraph(docx, i.context(), false, 9, "444444");
                        }
                        if (i.provenance() != null && !i.provenance().isEmpty()) {
                            paragraph(docx, "Ursprung: " + i.provenance(), false, 9, "444444");
                        }
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The assignment summary: the body's uppdrag by målsättning, then those given on to the administration. */
    byte[] assignments(AssignmentSummary doc) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            start(docx, doc.footer(), doc.plan().bodyName());
            headingBlock(docx, doc.plan().bodyName(), doc.date(), doc.title());
            paragraph(docx, doc.plan().title() + " (" + doc.plan().bodyCode() + " " + doc.plan().years() + ") · " + status(doc.plan()), false, 10, null);
            for (AssignmentSummary.Group g : doc.toBody()) {
                if (g.heading() != null) {
                    heading(docx, g.heading(), 2);
                }
                assignmentLines(docx, g.lines());
            }
            if (!doc.toAdministration().isEmpty()) {
                heading(docx, doc.administrationHeading(), 1);
                assignmentLines(docx, doc.toAdministration());
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assignmentLines(XWPFDocument docx, List<AssignmentSummary.Line> lines) {
        for (AssignmentSummary.Line l : lines) {
            leadParagraph(docx, l.lead(), l.text(), false);
            if (!l.details().isEmpty()) {
                paragraph(docx, l.details(), false, 9, "444444");
            }
        }
    }

    private static void start(XWPFDocument docx, String footer, String creator) {
        headingStyles(docx);
        docx.getProperties().getCoreProperties().setTitle(footer);
        docx.getProperties().getCoreProperties().setCreator(creator);
        footer(docx, footer);
    }

    /** The body's name and the date on one line, then the title as the document's first heading. */
    private static void headingBlock(XWPFDocument docx, String body, java.time.LocalDate date, String title) {
        XWPFParagraph p = docx.createParagraph();
        XWPFRun b = run(p, body, true);
        b.setColor("A4161A");
        b.setFontSize(13);
        XWPFRun d = run(p, "", false);
        d.addTab();
        d.addTab();
        d.setText("Datum " + date);
        heading(docx, title, 1);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontFamily("Calibri");
        r.setFontSize(10);
        return r;
    }

    private static String status(se.rodtrad.planning.PlanSummary plan) {
        return switch (plan.status()) {
            case DECIDED -> "Beslutad" + (plan.decision() == null ? "" : decision(plan.decision()));
            case PROPOSAL -> "Förslag, inte beslutat";
            case DRAFT -> "Utkast, inte beslutat";
        };
    }

    private static String decision(se.rodtrad.planning.Decision d) {
        return (d.date() == null ? "" : " " + d.date()) + (d.body() == null ? "" : " av " + d.body())
                + (d.paragraph() == null ? "" : ", " + d.paragraph());
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
