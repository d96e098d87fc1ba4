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
                        b.bullets().forEach(li -> bullet(docx, li));
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
            header(table);
            alignNumbers(table);
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

    /**
     * A follow-up report: the same sections as its PDF, with Word's heading styles, tables with header rows that
     * repeat across pages, and each trend as its picture (alternative text in words) followed by its numbers.
     */
    byte[] report(ReportDocuments.Model m) {
        se.rodtrad.followup.reports.ReportContent c = m.content();
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            start(docx, m.title(), c.bodyName());
            paragraph(docx, c.bodyName(), true, 13, "A4161A");
            heading(docx, m.occasionName() + " " + c.year(), 1);
            XWPFParagraph stamp = docx.createParagraph();
            stamp.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            run(stamp, m.stamp(), true);
            if (c.exempeldata()) {
                paragraph(docx, "Rapporten innehåller exempeldata (påhittade värden för demon); de är märkta \"Exempeldata\".", false, 10, "444444");
            }

            heading(docx, "Sammanfattning", 2);
            texts(docx, c.summary() == null || c.summary().isBlank() ? "Ingen sammanfattning är skriven." : c.summary());

            heading(docx, "Mål och styrtal", 2);
            paragraph(docx, "Styrtalen är bedömda på utfall för " + c.assessmentYear() + ".", false, 10, "444444");
            for (se.rodtrad.followup.reports.ReportContent.GoalSection g : c.goals()) {
                heading(docx, g.goal() == null || g.goal().isBlank() ? "Mål utan text" : g.goal(), 3);
                XWPFParagraph status = docx.createParagraph();
                run(status, m.statusWords().get(g.status()), true);
                run(status, " " + (g.ruleExplanation() == null ? "" : g.ruleExplanation()), false).setColor("444444");
                if (g.judgementReason() != null) {
                    leadParagraph(docx, "Bedömning:", g.judgementReason(), false);
                }
                if (g.analysis() != null && !g.analysis().isBlank()) {
                    texts(docx, g.analysis());
                }
                if (!g.indicators().isEmpty()) {
                    List<String[]> rows = new java.util.ArrayList<>();
                    for (se.rodtrad.followup.reports.ReportContent.IndicatorSection i : g.indicators()) {
                        rows.add(new String[] {i.text() + (i.explanation() == null ? "" : "\n" + i.explanation()),
                                m.statusWords().get(i.status()) + (i.exempeldata() ? " (exempeldata)" : ""),
                                i.latest() == null ? "–" : m.formats().value(i.latest().value()) + " (" + i.latest().period() + ")"});
                    }
                    table(docx, "Styrtal", new String[] {"Styrtal", "Bedömning", "Senaste värde"}, rows, false);
                    for (se.rodtrad.followup.reports.ReportContent.IndicatorSection i : g.indicators()) {
                        ReportDocuments.Figure f = m.figures().get(i.followedIndicatorId());
                        if (f != null) {
                            figure(docx, f, i.exempeldata());
                        }
                    }
                }
            }

            heading(docx, "Uppdrag", 2);
            if (c.assignments().isEmpty()) {
                paragraph(docx, "Planen har inga uppdrag.", false, 10, null);
            } else {
                List<String[]> rows = new java.util.ArrayList<>();
                for (se.rodtrad.followup.reports.ReportContent.AssignmentLine a : c.assignments()) {
                    rows.add(new String[] {(a.label() == null || a.label().isBlank() ? "" : a.label() + ": ") + a.text(),
                            (a.status() == null ? "○ Inte rapporterat" : m.assignmentWords().get(a.status())) + (a.exempeldata() ? " (exempeldata)" : ""),
                            a.comment() == null ? "" : a.comment()});
                }
                table(docx, "Uppdrag, status och kommentar", new String[] {"Uppdrag", "Status", "Kommentar"}, rows, false);
            }

            heading(docx, "Ekonomi", 2);
            if (c.economy() == null || c.economy().report().areas().isEmpty()) {
                paragraph(docx, "Inga ekonomiska siffror för året.", false, 10, null);
            } else {
                se.rodtrad.followup.economy.PeriodReport report = c.economy().report();
                se.rodtrad.followup.Formats fmt = m.formats();
                List<String[]> rows = new java.util.ArrayList<>();
                for (var a : report.areas()) {
                    rows.add(new String[] {a.areaName(), fmt.mnkrNumber(a.net().budgetYear()), fmt.mnkrNumber(a.net().outcomeToDate()),
                            fmt.signedMnkrNumber(a.net().deviationToDate()), fmt.mnkrNumber(a.net().forecast()), fmt.signedMnkrNumber(a.net().deviationYear())});
                }
                rows.add(new String[] {"Summa", fmt.mnkrNumber(report.total().budgetYear()), fmt.mnkrNumber(report.total().outcomeToDate()),
                        fmt.signedMnkrNumber(report.total().deviationToDate()), fmt.mnkrNumber(report.total().forecast()),
                        fmt.signedMnkrNumber(report.total().deviationYear())});
                table(docx, "Nettokostnad per område, mnkr, t.o.m. månad " + c.economy().month() + (report.exempeldata() ? " (utfallet är exempeldata)" : ""),
                        new String[] {"Område", "Budget helår", "Utfall t.o.m.", "Avvikelse t.o.m.", "Prognos helår", "Avvikelse helår"}, rows, true);
                // which decided budget the areas are compared with, the body's roll-up and its reconciliation with the result budget
                for (var b : report.comparedWith() == null ? List.<se.rodtrad.followup.economy.PeriodReport.BudgetBasis>of() : report.comparedWith()) {
                    String decided = b.decidedOn() == null ? "(planen anger inget beslutsdatum)" : b.decidedOn().toString();
                    String result = b.resultOre() == null ? "Planen har ingen resultatbudget att stämma av mot."
                            : b.reconciles() ? "Stämmer med resultatbudgeten i planen (" + fmt.mnkrNumber(b.resultOre()) + " mnkr)."
                            : "Stämmer inte: resultatbudgeten i planen är " + fmt.mnkrNumber(b.resultOre()) + " mnkr men budgeten som följs har nettokostnaden "
                                    + fmt.mnkrNumber(b.net().budgetYear()) + " mnkr.";
                    paragraph(docx, b.bodyName() + ": jämförs med budget beslutad " + decided + (b.paragraph() == null ? "" : " " + b.paragraph()) + ", version "
                            + b.version() + " (" + b.source() + "). Nämnden sammanställd: budget helår " + fmt.mnkrNumber(b.net().budgetYear())
                            + " mnkr, prognos helår " + fmt.mnkrNumber(b.net().forecast()) + " mnkr, avvikelse helår " + fmt.signedMnkrNumber(b.net().deviationYear())
                            + " mnkr. " + result, false, 10, null);
                }
            }

            heading(docx, "Intern kontroll", 2);
            if (c.internalControl() == null) {
                paragraph(docx, "Planen har ingen internkontrollplan.", false, 10, null);
            } else {
                List<String[]> matrix = new java.util.ArrayList<>();
                for (se.rodtrad.followup.reports.ReportContent.MatrixRow row : c.riskMatrix()) {
                    String[] cells = new String[row.cells().size() + 1];
                    cells[0] = String.valueOf(row.probability());
                    for (int k = 0; k < row.cells().size(); k++) {
                        var cell = row.cells().get(k);
                        cells[k + 1] = cell.value() + ": " + (cell.risks().isEmpty() ? "–"
                                : String.join(", ", cell.risks().stream().map(String::valueOf).toList()));
                    }
                    matrix.add(cells);
                }
                table(docx, "Riskmatris: risker (nummer) efter sannolikhet och konsekvens", new String[] {"Sannolikhet / konsekvens", "1", "2", "3", "4"},
                        matrix, false);
                List<String[]> controls = new java.util.ArrayList<>();
                for (var r : c.internalControl().risks()) {
                    for (var k : r.controls()) {
                        controls.add(new String[] {"R" + r.number() + " " + r.text(), k.what(), k.result() == null ? "Inte rapporterad"
                                : k.result().result() + (k.result().deviation() != null ? " Avvikelse: " + k.result().deviation() : "")
                                        + (k.result().exempeldata() ? " (exempeldata)" : "")});
                    }
                }
                table(docx, "Kontroller och resultat", new String[] {"Risk", "Kontroll", "Utfall"}, controls, false);
                var judgement = c.internalControl().judgement();
                if (judgement != null) {
                    heading(docx, "ISK-bedömning", 3);
                    paragraph(docx, (judgement.sufficient() ? "✔ Tillräcklig" : "✖ Inte tillräcklig") + (judgement.exempeldata() ? " (exempeldata)" : ""),
                            true, 10, null);
                    texts(docx, judgement.reasons());
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Rapporten kan inte skrivas som DOCX", e);
        }
    }

    /** A trend: its title, the picture at its printed size with the trend in words as alternative text, then its numbers. */
    private static void figure(XWPFDocument docx, ReportDocuments.Figure f, boolean exempeldata)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph title = docx.createParagraph();
        keepNext(title);
        run(title, f.title(), true);
        XWPFParagraph p = docx.createParagraph();
        keepNext(p);
        XWPFRun r = p.createRun();
        ChartPainter.Picture pic = f.picture();
        r.addPicture(new java.io.ByteArrayInputStream(pic.png()), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "diagram.png",
                org.apache.poi.util.Units.toEMU(pic.widthPt()), org.apache.poi.util.Units.toEMU(pic.heightPt()));
        var inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
        // Word wants each drawing's id unique in the document; POI numbers them all 0
        long id = docx.getAllPictures().size();
        inline.getDocPr().setId(id);
        inline.getDocPr().setName("Diagram " + id);
        inline.getDocPr().setDescr(f.alt());
        inline.getDocPr().setTitle(f.title());
        table(docx, "Diagrammets siffror" + (exempeldata ? " (exempeldata)" : ""), f.header().toArray(String[]::new),
                f.rows().stream().map(row -> row.toArray(String[]::new)).toList(), false);
    }

    /** A caption, then a table whose first row is a header row repeated on each page; the last row bold when it is a total. */
    private static void table(XWPFDocument docx, String caption, String[] header, List<String[]> rows, boolean totalRow) {
        XWPFParagraph cap = docx.createParagraph();
        keepNext(cap);
        run(cap, caption, true);
        org.apache.poi.xwpf.usermodel.XWPFTable table = docx.createTable(rows.size() + 1, header.length);
        table.setWidth("100%");
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < header.length; i++) {
            cell(table.getRow(0).getCell(i), header[i], true);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < header.length && i < rows.get(r).length; i++) {
                cell(table.getRow(r + 1).getCell(i), rows.get(r)[i], totalRow && r == rows.size() - 1);
            }
        }
        header(table);
        alignNumbers(table);
        docx.createParagraph();
    }

    private static void cell(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = (text == null ? "" : text).split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], bold);
            if (i > 0) {
                r.setColor("444444");
            }
            if (i + 1 < lines.length) {
                r.addBreak();
            }
        }
    }

    /**
     * A bulleted list item as Word's own list (numbering part, one bullet level), not a typed "•": it wraps with a hanging
     * indent, a screen reader announces a list, and a reader may change its style.
     */
    static void bullet(XWPFDocument docx, String text) {
        org.apache.poi.xwpf.usermodel.XWPFNumbering numbering = docx.getNumbering() != null ? docx.getNumbering() : docx.createNumbering();
        BigInteger numId = BigInteger.ONE;
        if (numbering.getNum(numId) == null) {
            var abstractNum = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            var level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            level.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
            var indent = level.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(720));
            indent.setHanging(BigInteger.valueOf(360));
            BigInteger abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum, numbering));
            numId = numbering.addNum(abstractId);
        }
        XWPFParagraph p = docx.createParagraph();
        p.setNumID(numId);
        run(p, text, false);
    }

    /** Numbers stand right-aligned in a table column, so their digits line up ("1 675 505", "12,5 %", "−3"). */
    static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[−–+-]?\\d[\\d\\u00a0\\u202f ]*(,\\d+)?( ?(%|kr|tkr|mnkr|mdkr))?");

    /** The header row repeats on every page and keeps with the first row, never alone at the bottom of a page. */
    static void header(org.apache.poi.xwpf.usermodel.XWPFTable table) {
        table.getRow(0).setRepeatHeader(true);
        table.getRow(0).setCantSplitRow(true);
        table.getRow(0).getTableCells().forEach(c -> c.getParagraphs().forEach(DocxRenderer::keepNext));
    }

    /** Right-aligns the cells that hold a number. */
    static void alignNumbers(org.apache.poi.xwpf.usermodel.XWPFTable table) {
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            for (var c : table.getRow(r).getTableCells()) {
                if (NUMBER.matcher(c.getText().strip()).matches()) {
                    c.getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.RIGHT));
                }
            }
        }
    }

    /** Keeps the paragraph on the page of the next one (a caption with its table, a title with its picture). */
    private static void keepNext(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }

    /** A text as its paragraphs, one per line as written. */
    private static void texts(XWPFDocument docx, String text) {
        for (String line : text.split("\r?\n")) {
            paragraph(docx, line, false, 10, null);
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
                            line.list().forEach(li -> bullet(docx, li));
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
        header(table);
        alignNumbers(table);
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
            table.getRow(i + 1).getCell(2).setText(String.join("\n", risk.plannedActions().stream().map(a -> a.text()).toList()));
        }
        header(table);
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

    static void heading(XWPFDocument docx, String text, int level) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
    }

    static void paragraph(XWPFDocument docx, String text, boolean bold, int size, String color) {
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

    static void footer(XWPFDocument docx, String text) {
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

    /**
     * Word's built-in heading styles with outline levels, so headings are real headings; and what every document of ours
     * is: Swedish (sv-SE, so spelling, hyphenation and a screen reader use the right language) on A4 with 2,5 cm margins
     * (without a page size LibreOffice lays it out on US Letter).
     */
    static void headingStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        styles.setSpellingLanguage("sv-SE");
        var body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4, 210 × 297 mm in twentieths of a point
        size.setH(BigInteger.valueOf(16838));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (var side : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(1418));
        }
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
