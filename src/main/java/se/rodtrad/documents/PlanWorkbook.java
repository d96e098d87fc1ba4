package se.rodtrad.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.rodtrad.budget.BudgetWorkbooks;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.Target;

/**
 * The plan's tables as one workbook: each budget table on its own sheet (written by budget's
 * {@link BudgetWorkbooks} exactly as its own export writes them), then the goals with their indicators and
 * targets, then the assignments. All text goes through the same formula neutralisation, so a wording that starts
 * with = + - or @ stays text when the file is opened.
 */
@Component
class PlanWorkbook {

    static final String GOALS = "Mål och styrtal";
    static final String ASSIGNMENTS = "Uppdrag";

    private final Plans plans;
    private final PlanModel model;
    private final BudgetWorkbooks budgets;
    private final MessageSource messages;

    PlanWorkbook(Plans plans, PlanModel model, BudgetWorkbooks budgets, MessageSource messages) {
        this.plans = plans;
        this.model = model;
        this.budgets = budgets;
        this.messages = messages;
    }

    byte[] workbook(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        List<PlanEntry> entries = model.entries(planId);
        Map<UUID, PlanEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BudgetWorkbooks.Writer w = budgets.writer(wb);
            goals(wb.createSheet(w.sheetName(GOALS)), plan, entries, byId, w);
            assignments(wb.createSheet(w.sheetName(ASSIGNMENTS)), plan, entries, byId, w);
            w.tables(planId);
            wb.setActiveSheet(0);
            wb.getProperties().getCoreProperties().setTitle(plan.bodyName() + ", " + plan.title());
            wb.getProperties().getCoreProperties().setCreator(plan.bodyName());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void goals(Sheet sheet, PlanSummary plan, List<PlanEntry> entries, Map<UUID, PlanEntry> byId, BudgetWorkbooks.Writer w) {
        w.title(sheet.createRow(0).createCell(0), plan.bodyName() + ", " + plan.title() + ": mål, styrtal och målvärden");
        String[] head = {"Typ", "Nivå", "Nummer", "Text", "Målform", "Riktning", "Undre gräns", "Övre gräns", "Procent", "Basår", "Målår",
                "Enhet", "Kolada-id", "Märkning", "Överordnad", "Id", "Livslinje"};
        header(sheet, head, w);
        int r = 3;
        for (PlanEntry e : entries) {
            if (e.type() == ItemType.ASSIGNMENT) {
                continue;
            }
            Row row = sheet.createRow(r++);
            w.text(row.createCell(0), words("itemType." + e.type().name()));
            w.text(row.createCell(1), e.item().kind());
            w.text(row.createCell(2), e.item().number());
            w.text(row.createCell(3), e.text());
            Target t = e.item().target();
            if (t != null) {
                w.text(row.createCell(4), words("target.form." + t.form().name()));
                w.text(row.createCell(5), words("target.direction." + t.direction().name()));
                w.number(row.createCell(6), t.lower());
                w.number(row.createCell(7), t.upper());
                w.number(row.createCell(8), t.percent());
                w.number(row.createCell(9), t.baseYear() == null ? null : BigDecimal.valueOf(t.baseYear()));
                w.number(row.createCell(10), t.targetYear() == null ? null : BigDecimal.valueOf(t.targetYear()));
            }
            w.text(row.createCell(11), e.item().unit() != null ? e.item().unit() : t == null ? null : t.unit());
            w.text(row.createCell(12), e.item().koladaId());
            w.text(row.createCell(13), e.item().tag());
            w.text(row.createCell(14), parent(e, byId));
            w.text(row.createCell(15), e.id().toString());
            w.text(row.createCell(16), e.lineageKey());
        }
        widths(sheet, new int[] {12, 14, 9, 80, 28, 12, 11, 11, 9, 8, 8, 12, 11, 18, 40, 38, 30});
    }

    private void assignments(Sheet sheet, PlanSummary plan, List<PlanEntry> entries, Map<UUID, PlanEntry> byId, BudgetWorkbooks.Writer w) {
        w.title(sheet.createRow(0).createCell(0), plan.bodyName() + ", " + plan.title() + ": uppdrag");
        String[] head = {"Nummer", "Text", "Utfärdat av", "Mottagare", "Märkning", "Ändringsförslag", "Överordnad", "Id", "Livslinje"};
        header(sheet, head, w);
        int r = 3;
        for (PlanEntry e : entries) {
            if (e.type() != ItemType.ASSIGNMENT) {
                continue;
            }
            Row row = sheet.createRow(r++);
            w.text(row.createCell(0), e.item().number());
            w.text(row.createCell(1), e.text());
            w.text(row.createCell(2), e.item().issuer() == null ? null : words("issuer." + e.item().issuer()));
            w.text(row.createCell(3), e.assignee());
            w.text(row.createCell(4), e.item().tag());
            w.text(row.createCell(5), e.proposalId() == null ? null : "Nr " + e.proposalNumber() + ": " + e.proposalTitle());
            w.text(row.createCell(6), parent(e, byId));
            w.text(row.createCell(7), e.id().toString());
            w.text(row.createCell(8), e.lineageKey());
        }
        widths(sheet, new int[] {9, 90, 24, 30, 20, 30, 40, 38, 30});
    }

    private static void header(Sheet sheet, String[] head, BudgetWorkbooks.Writer w) {
        Row row = sheet.createRow(2);
        for (int i = 0; i < head.length; i++) {
            w.header(row.createCell(i), head[i]);
        }
        sheet.createFreezePane(0, 3);
    }

    private static void widths(Sheet sheet, int[] chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static String parent(PlanEntry e, Map<UUID, PlanEntry> byId) {
        PlanEntry p = e.item().parentId() == null ? null : byId.get(e.item().parentId());
        return p == null ? null : (ChangeDocuments.label(p) + " " + ChangeDocuments.abbreviate(p.text(), 60)).strip();
    }

    private String words(String key) {
        return messages.getMessage(key, null, key, ChangeDocuments.SWEDISH);
    }
}
