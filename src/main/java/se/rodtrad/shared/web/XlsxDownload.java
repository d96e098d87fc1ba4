package se.rodtrad.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as an Excel workbook (XLSX), the sibling of {@link CsvDownload}: one sheet, a bold header row that stays in view
 * (frozen) and filters, cells typed (a count is a number, words are text), and every text made safe — control characters
 * removed, cut at a cell's limit of 32 767 characters, and a leading = + - @ kept as text (quote-prefixed, as the budget's
 * workbooks do) so that Excel never runs a cell as a formula. Build it row by row and hand it out with {@link #download}.
 */
public final class XlsxDownload {

    /** The most characters one cell holds (Excel's limit; POI refuses more). */
    public static final int MAX_CELL = 32_767;
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle whole;
    private int columns;
    private int[] widths = new int[0];

    public XlsxDownload(String sheetName, String title) {
        sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(clean(sheetName), '-'));
        wb.getProperties().getCoreProperties().setTitle(clean(title));
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        text = wb.createCellStyle();
        text.setWrapText(false);
        quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);
        whole = wb.createCellStyle();
        whole.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    }

    /** The header row (row 1), bold and frozen above the rows that follow. */
    public XlsxDownload header(String... names) {
        Row row = sheet.createRow(0);
        columns = names.length;
        widths = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(clean(names[i]));
            c.setCellStyle(header);
            width(i, clean(names[i]));
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /** A new row after the last; fill it with {@link Line#text} and {@link Line#number}. */
    public Line row() {
        return new Line(sheet.createRow(sheet.getLastRowNum() + 1));
    }

    /** One row being filled, cell by cell from the left. */
    public final class Line {
        private final Row row;
        private int next;

        private Line(Row row) {
            this.row = row;
        }

        public Line text(String value) {
            Cell c = row.createCell(next);
            if (value != null) {
                String v = clean(value);
                c.setCellValue(v);
                c.setCellStyle(isFormulaLike(v) ? quoted : text);
                width(next, v);
            }
            next++;
            return this;
        }

        public Line number(long value) {
            Cell c = row.createCell(next);
            c.setCellValue(value);
            c.setCellStyle(whole);
            width(next, Long.toString(value));
            next++;
            return this;
        }

        public Line number(BigDecimal value) {
            Cell c = row.createCell(next);
            if (value != null) {
                c.setCellValue(value.doubleValue());
                width(next, value.toPlainString());
            }
            next++;
            return this;
        }
    }

    public ResponseEntity<byte[]> download(String filename) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(bytes());
    }

    /** The workbook's bytes (closes it). */
    public byte[] bytes() {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (columns > 0 && sheet.getLastRowNum() >= 0) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(8, widths[i] + 2)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void width(int column, String value) {
        if (column < widths.length) {
            int longest = 0;
            for (String line : value.split("\n", -1)) {
                longest = Math.max(longest, line.length());
            }
            widths[column] = Math.max(widths[column], longest);
        }
    }

    /**
     * Text a cell may hold: control characters removed (a line break kept, CR LF as one break), at most {@link #MAX_CELL}
     * characters, the last an ellipsis when cut.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_CELL));
        String v = value.replace("\r\n", "\n");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\n' || !Character.isISOControl(c)) {
                b.append(c);
            }
        }
        if (b.length() > MAX_CELL) {
            int end = MAX_CELL - 1;
            if (Character.isHighSurrogate(b.charAt(end - 1))) {
                end--;
            }
            return b.substring(0, end) + "…";
        }
        return b.toString();
    }

    static boolean isFormulaLike(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }
}
