package se.rodtrad.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.DomainException;

/**
 * A plan's budget tables as an Excel workbook and back. Export: one sheet per table (title, unit, header row,
 * one row per printed row; amounts as numbers, words as text) and a hidden sheet "Röd tråd" that says which
 * table and version each sheet holds. Import: the whole file is read and checked first — sheets, columns,
 * rows and every figure, each problem named by sheet, row and column — and only a file without problems
 * changes anything, in one transaction. A round trip changes nothing.
 *
 * <p>Text that a spreadsheet would take for a formula (starting with = + - @, tab or carriage return) is
 * written with a leading apostrophe and the quote-prefix style, so opening the file never runs it; the
 * apostrophe is removed again on import. Amounts are written as numbers and stay numbers.
 */
@Service
@Transactional(readOnly = true)
public class BudgetWorkbooks {

    static final String META_SHEET = "Röd tråd";
    private static final int HEADER_ROW = 2;
    private static final int FIRST_DATA_ROW = 3;

    private final BudgetTableRepository tables;
    private final Plans plans;
    private final AccessPolicy access;
    private final MessageSource messages;

    BudgetWorkbooks(BudgetTableRepository tables, Plans plans, AccessPolicy access, MessageSource messages) {
        this.tables = tables;
        this.plans = plans;
        this.access = access;
        this.messages = messages;
    }

    /** One problem in an imported file: a message key and its arguments (sheet, row, column, what). */
    public record Problem(String key, List<Object> arguments) {

        public Problem(String key, Object... arguments) {
            this(key, List.of(arguments));
        }
    }

    /** The file was not read: everything wrong with it, nothing changed. */
    public static class ImportRefused extends DomainException {

        private final List<Problem> problems;

        public ImportRefused(List<Problem> problems) {
            super("budget.import.failed");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public record ImportResult(int tablesChanged, int cellsChanged) {
    }

    // ---- export ---------------------------------------------------------------------------------------------

    public byte[] export(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        List<BudgetTable> list = tables.findByPlan(plan.id());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Sheet meta = wb.createSheet(META_SHEET);
            Row head = meta.createRow(0);
            String[] metaHeaders = {text("budget.xlsx.sheet"), text("budget.xlsx.tableId"), text("budget.xlsx.version"), text("budget.xlsx.kind"),
                    text("budget.xlsx.planId")};
            for (int i = 0; i < metaHeaders.length; i++) {
                head.createCell(i).setCellValue(metaHeaders[i]);
            }
            Set<String> used = new HashSet<>();
            used.add(META_SHEET);
            int m = 1;
            for (BudgetTable t : list) {
                String name = sheetName(t, used);
                writeTable(wb.createSheet(name), t, styles);
                Row r = meta.createRow(m++);
                r.createCell(0).setCellValue(name);
                r.createCell(1).setCellValue(t.id().toString());
                r.createCell(2).setCellValue(t.version());
                r.createCell(3).setCellValue(t.kind().name());
                r.createCell(4).setCellValue(plan.id().toString());
            }
            wb.setSheetOrder(META_SHEET, wb.getNumberOfSheets() - 1);
            wb.setSheetHidden(wb.getSheetIndex(META_SHEET), true);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Kunde inte skriva arbetsboken", e);
        }
    }

    /**
     * Writes into a workbook another module builds (the plan's document as XLSX): the plan's budget tables one
     * sheet each, laid out as {@link #export} lays them out, and any text through the same neutralisation, so
     * there is one place that decides what a spreadsheet may take for a formula.
     */
    public Writer writer(Workbook wb) {
        return new Writer(wb);
    }

    /** See {@link #writer(Workbook)}; one per workbook (it holds the workbook's cell styles). */
    public final class Writer {

        private final Styles styles;
        private final Set<String> used = new HashSet<>();

        private Writer(Workbook wb) {
            this.styles = new Styles(wb);
            wb.forEach(sheet -> used.add(sheet.getSheetName()));
        }

        /** One sheet per budget table of the plan, in the plan's order; the sheets' names, as written. */
        public List<String> tables(UUID planId) {
            PlanSummary plan = plans.plan(planId);
            List<String> names = new ArrayList<>();
            for (BudgetTable t : tables.findByPlan(plan.id())) {
                String name = BudgetWorkbooks.sheetName(t, used);
                writeTable(styles.wb.createSheet(name), t, styles);
                names.add(name);
            }
            return names;
        }

        /** A sheet name not yet used in this workbook, made safe for Excel (31 characters, no []:*?/\). */
        public String sheetName(String wanted) {
            String base = WorkbookUtil.createSafeSheetName(wanted, '-');
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                String suffix = " (" + i + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            return name;
        }

        /** Plain text, neutralised when a spreadsheet would read it as a formula. */
        public void text(Cell cell, String value) {
            if (value != null) {
                setText(cell, value, styles.text, styles);
            }
        }

        /** A column heading (bold), neutralised like any text. */
        public void header(Cell cell, String value) {
            setText(cell, value, styles.header, styles);
        }

        /** A sheet's title (large, bold), neutralised like any text. */
        public void title(Cell cell, String value) {
            setText(cell, value, styles.title, styles);
        }

        /** An exact number shown with as many decimals as it has; never text, so never a formula. */
        public void number(Cell cell, BigDecimal value) {
            if (value != null) {
                cell.setCellValue(value.doubleValue());
                cell.setCellStyle(styles.number(Math.max(0, value.stripTrailingZeros().scale()), false));
            }
        }
    }

    private static String sheetName(BudgetTable t, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(t.position() + " " + t.title(), '-');
        base = base.length() > 31 ? base.substring(0, 31).strip() : base;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle totalText;
        final Map<CellStyle, CellStyle> quotedOf = new HashMap<>();
        final Map<Integer, CellStyle> numbers = new HashMap<>();
        final Map<Integer, CellStyle> totals = new HashMap<>();
        private final Workbook wb;
        private final DataFormat format;
        private final Font bold;

        Styles(Workbook wb) {
            this.wb = wb;
            this.format = wb.createDataFormat();
            bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            text = wb.createCellStyle();
            totalText = wb.createCellStyle();
            totalText.setFont(bold);
        }

        CellStyle number(int decimals, boolean total) {
            return (total ? totals : numbers).computeIfAbsent(decimals, d -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(format.getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                if (total) {
                    s.setFont(bold);
                }
                return s;
            });
        }
    }

    private void writeTable(Sheet sheet, BudgetTable t, Styles styles) {
        Row title = sheet.createRow(0);
        Cell titleCell = title.createCell(0);
        setText(titleCell, t.title(), styles.title, styles);
        Row unit = sheet.createRow(1);
        setText(unit.createCell(0), "as printed".equals(t.unit()) ? text("budget.table.unitAsPrinted") : text("budget.table.unit", t.unit()),
                styles.text, styles);
        Row header = sheet.createRow(HEADER_ROW);
        setText(header.createCell(0), text("budget.table.row"), styles.header, styles);
        for (BudgetColumn c : t.columns()) {
            setText(header.createCell(c.position() + 1), c.label(), styles.header, styles);
        }
        int r = FIRST_DATA_ROW;
        for (BudgetRow row : t.rows()) {
            Row x = sheet.createRow(r++);
            boolean bold = row.total() || row.heading();
            setText(x.createCell(0), row.label(), bold ? styles.totalText : styles.text, styles);
            for (BudgetColumn c : t.columns()) {
                se.rodtrad.budget.Cell cell = row.cell(c.position());
                if (cell.isBlank()) {
                    continue;
                }
                Cell xc = x.createCell(c.position() + 1);
                if (writesNumber(t, cell)) {
                    xc.setCellValue(cell.value().doubleValue());
                    xc.setCellStyle(styles.number(cell.decimals(), row.total()));
                } else {
                    setText(xc, cell.printed(), styles.text, styles);
                }
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (BudgetColumn c : t.columns()) {
            sheet.setColumnWidth(c.position() + 1, Math.max(14, Math.min(30, c.label().length() + 2)) * 256);
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
    }

    /** Amounts in the table's own unit are numbers; figures with their own unit or words stay as printed text. */
    private static boolean writesNumber(BudgetTable t, se.rodtrad.budget.Cell cell) {
        return cell.isNumber() && (cell.unit() == null || t.kind() == TableKind.KEY_RATIOS) && !"as printed".equals(t.unit());
    }

    /** Writes text, neutralising what a spreadsheet would otherwise read as a formula. */
    private static void setText(Cell cell, String value, CellStyle style, Styles styles) {
        if (isFormulaLike(value)) {
            cell.setCellValue("'" + value);
            cell.setCellStyle(styles.quotedOf.computeIfAbsent(style, base -> {
                CellStyle quoted = cell.getSheet().getWorkbook().createCellStyle();
                quoted.cloneStyleFrom(base);
                quoted.setQuotePrefixed(true);
                return quoted;
            }));
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    static boolean isFormulaLike(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** Text as it came from the file, with the apostrophe the export put before formula-like text removed. */
    static String unquote(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && isFormulaLike(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    // ---- import ---------------------------------------------------------------------------------------------

    /** Refuses unless the current person may import into this plan's budget (and the plan is not decided). */
    public CurrentUser requireImportable(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = access.require(Permission.EDIT_BUDGET, plan.bodyId());
        if (plan.status().isDecided()) {
            throw new DomainException("budget.error.planDecided", plan.title());
        }
        return user;
    }

    @Transactional
    public ImportResult importWorkbook(UUID planId, InputStream in) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = requireImportable(planId);
        List<Problem> problems = new ArrayList<>();
        Map<BudgetTable, List<Budgets.CellInput>> inputs = new LinkedHashMap<>();
        Map<UUID, Integer> versions = new HashMap<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            read(plan, wb, problems, inputs, versions);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new ImportRefused(List.of(new Problem("budget.import.error.unreadable")));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        // Every figure has been read; now only the figures that differ are changed, each table against its version.
        Map<BudgetTable, Map<UUID, Map<Integer, se.rodtrad.budget.Cell>>> changes = new LinkedHashMap<>();
        for (var e : inputs.entrySet()) {
            var c = Budgets.changesOf(e.getKey(), e.getValue());
            if (!c.isEmpty()) {
                changes.put(e.getKey(), c);
            }
        }
        for (BudgetTable t : changes.keySet()) {
            int exported = versions.get(t.id());
            if (exported != t.version()) {
                problems.add(new Problem("budget.import.error.conflict", t.title(), t.updatedBy(),
                        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Europe/Stockholm"))
                                .format(t.updatedAt())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        int cells = 0;
        for (var e : changes.entrySet()) {
            BudgetTable t = e.getKey();
            if (!tables.claim(t.id(), t.version(), user.username())) {
                throw new ImportRefused(List.of(new Problem("budget.import.error.conflict", t.title(), "?", "")));
            }
            for (var row : e.getValue().entrySet()) {
                for (var cell : row.getValue().entrySet()) {
                    tables.updateCell(t.id(), row.getKey(), cell.getKey(), cell.getValue());
                    cells++;
                }
            }
        }
        return new ImportResult(changes.size(), cells);
    }

    private void read(PlanSummary plan, Workbook wb, List<Problem> problems, Map<BudgetTable, List<Budgets.CellInput>> inputs,
            Map<UUID, Integer> versions) {
        Sheet meta = wb.getSheet(META_SHEET);
        if (meta == null) {
            problems.add(new Problem("budget.import.error.noMeta", META_SHEET));
            return;
        }
        Map<UUID, BudgetTable> byId = new HashMap<>();
        for (BudgetTable t : tables.findByPlan(plan.id())) {
            byId.put(t.id(), t);
        }
        Set<String> known = new HashSet<>();
        known.add(META_SHEET);
        for (int i = 1; i <= meta.getLastRowNum(); i++) {
            Row r = meta.getRow(i);
            if (r == null || string(r.getCell(0)).isBlank()) {
                continue;
            }
            String sheetName = string(r.getCell(0));
            known.add(sheetName);
            UUID tableId = uuid(string(r.getCell(1)));
            UUID filePlan = uuid(string(r.getCell(4)));
            if (filePlan != null && !filePlan.equals(plan.id())) {
                problems.add(new Problem("budget.import.error.otherPlan", sheetName, plan.title()));
                continue;
            }
            BudgetTable t = tableId == null ? null : byId.get(tableId);
            if (t == null) {
                problems.add(new Problem("budget.import.error.unknownTable", sheetName));
                continue;
            }
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                problems.add(new Problem("budget.import.error.missingSheet", sheetName, t.title()));
                continue;
            }
            versions.put(t.id(), (int) number(r.getCell(2)));
            inputs.put(t, readTable(sheet, t, problems));
        }
        for (Sheet s : wb) {
            if (!known.contains(s.getSheetName())) {
                problems.add(new Problem("budget.import.error.extraSheet", s.getSheetName()));
            }
        }
    }

    private List<Budgets.CellInput> readTable(Sheet sheet, BudgetTable t, List<Problem> problems) {
        String name = sheet.getSheetName();
        int before = problems.size();
        Row header = sheet.getRow(HEADER_ROW);
        for (BudgetColumn c : t.columns()) {
            String found = header == null ? "" : unquote(string(header.getCell(c.position() + 1))).strip();
            if (!found.equals(c.label())) {
                problems.add(new Problem("budget.import.error.missingColumn", name, c.label(), CellReference.convertNumToColString(c.position() + 1),
                        HEADER_ROW + 1));
            }
        }
        if (header != null && header.getLastCellNum() > t.columns().size() + 1
                && !string(header.getCell(t.columns().size() + 1)).isBlank()) {
            problems.add(new Problem("budget.import.error.extraColumn", name, string(header.getCell(t.columns().size() + 1)),
                    CellReference.convertNumToColString(t.columns().size() + 1)));
        }
        if (problems.size() > before) {
            return List.of();
        }
        List<Budgets.CellInput> result = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            BudgetRow row = t.rows().get(i);
            int excelRow = FIRST_DATA_ROW + i;
            Row x = sheet.getRow(excelRow);
            String label = x == null ? "" : unquote(string(x.getCell(0))).strip();
            if (!label.equals(row.label().strip())) {
                problems.add(label.isEmpty() ? new Problem("budget.import.error.missingRow", name, row.label(), excelRow + 1)
                        : new Problem("budget.import.error.rowLabel", name, excelRow + 1, row.label(), label));
                continue;
            }
            if (row.heading()) {
                continue;
            }
            for (BudgetColumn c : t.columns()) {
                Cell xc = x.getCell(c.position() + 1);
                String column = CellReference.convertNumToColString(c.position() + 1);
                se.rodtrad.budget.Cell stored = row.cell(c.position());
                String typed;
                if (xc == null || xc.getCellType() == CellType.BLANK) {
                    typed = "";
                } else if (isNumeric(xc)) {
                    BigDecimal v = BigDecimal.valueOf(xc.getNumericCellValue());
                    typed = stored.isNumber() && stored.value().compareTo(v) == 0 ? stored.printed()
                            : PrintedNumber.print(v.stripTrailingZeros(), Math.max(0, v.stripTrailingZeros().scale()));
                } else if (isText(xc)) {
                    typed = unquote(xc.getStringCellValue());
                } else {
                    problems.add(new Problem("budget.import.error.notNumber", name, excelRow + 1, column, c.label(), row.label(), string(xc)));
                    continue;
                }
                if (t.isArithmetic() && !typed.isBlank() && !typed.strip().equals(stored.printed().strip())
                        && PrintedNumber.parseInput(typed).isEmpty()) {
                    problems.add(new Problem("budget.import.error.notNumber", name, excelRow + 1, column, c.label(), row.label(), typed));
                    continue;
                }
                result.add(new Budgets.CellInput(row.id(), c.position(), typed));
            }
        }
        Row extra = sheet.getRow(FIRST_DATA_ROW + t.rows().size());
        if (extra != null && !string(extra.getCell(0)).isBlank()) {
            problems.add(new Problem("budget.import.error.extraRow", name, FIRST_DATA_ROW + t.rows().size() + 1, string(extra.getCell(0))));
        }
        return result;
    }

    private static boolean isNumeric(Cell c) {
        return c.getCellType() == CellType.NUMERIC
                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    private static boolean isText(Cell c) {
        return c.getCellType() == CellType.STRING
                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING;
    }

    private static String string(Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case FORMULA -> c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue()
                    : c.getCachedFormulaResultType() == CellType.NUMERIC ? BigDecimal.valueOf(c.getNumericCellValue()).toPlainString() : c.getCellFormula();
            default -> "";
        };
    }

    private static double number(Cell c) {
        if (c == null) {
            return -1;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return c.getNumericCellValue();
        }
        try {
            return Double.parseDouble(string(c).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
