package se.rodtrad.followup.measures.imports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX file as a table of text cells: numbers exactly as stored, dates as
 * ÅÅÅÅ-MM-DD, formulas by their cached result. Anything POI cannot open is a refused file, never a crash.
 */
public final class Xlsx {

    static {
        // refuse zip bombs: no entry may expand more than 100 times or beyond 100 MB
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private Xlsx() {
    }

    public static CsvTable read(byte[] bytes, String file) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFailure("followup.import.error.empty", file);
        }
        if (bytes.length > Text.MAX_BYTES) {
            throw new ImportFailure("followup.import.error.tooLarge", file, Text.MAX_BYTES / (1024 * 1024));
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFailure("followup.import.error.noHeader", file);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> comments = new ArrayList<>();
            List<String> header = null;
            List<CsvTable.Record> records = new ArrayList<>();
            for (Row row : sheet) {
                int line = row.getRowNum() + 1;
                List<String> cells = new ArrayList<>();
                int last = row.getLastCellNum();
                if (last > CsvTable.MAX_COLUMNS) {
                    throw new ImportFailure("followup.import.error.tooManyColumns", file + ", rad " + line, CsvTable.MAX_COLUMNS);
                }
                for (int c = 0; c < Math.max(0, last); c++) {
                    cells.add(text(row.getCell(c)));
                }
                boolean blank = cells.stream().allMatch(s -> s == null || s.isBlank());
                if (blank) {
                    continue;
                }
                if (header == null) {
                    String first = cells.get(0) == null ? "" : cells.get(0).strip();
                    if (first.startsWith("#")) {
                        comments.add(first.substring(1).strip());
                        continue;
                    }
                    header = cells;
                    continue;
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                if (cells.size() > header.size()) {
                    boolean extraBlank = cells.subList(header.size(), cells.size()).stream().allMatch(s -> s == null || s.isBlank());
                    if (!extraBlank) {
                        throw new ImportFailure("followup.import.error.fieldCount", file + ", rad " + line, cells.size(), header.size());
                    }
                    cells = new ArrayList<>(cells.subList(0, header.size()));
                }
                records.add(new CsvTable.Record(line, cells.stream().map(s -> s == null ? "" : s).toList()));
                if (records.size() > CsvTable.MAX_RECORDS) {
                    throw new ImportFailure("followup.import.error.tooManyRows", file, CsvTable.MAX_RECORDS);
                }
            }
            if (header == null) {
                throw new ImportFailure("followup.import.error.noHeader", file);
            }
            return CsvTable.of(file, header, records, comments);
        } catch (ImportFailure e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new ImportFailure("followup.import.error.xlsx", file, Text.excerpt(e.getClass().getSimpleName()));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
