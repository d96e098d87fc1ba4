package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxDownloadTest {

    @Test
    void text_loses_its_control_characters_is_cut_at_a_cells_limit_and_never_becomes_a_formula() throws Exception {
        XlsxDownload x = new XlsxDownload("Mål [2026]", "Titel");
        x.header("Text", "Antal", "Belopp");
        x.row().text("Rad\u0000ett\u0007\r\nrad två\tslut").number(3).number(new BigDecimal("1675505.25"));
        x.row().text("=HYPERLINK(\"http://example.com\")").number(0).number((BigDecimal) null);
        x.row().text("x".repeat(40_000));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Mål -2026-");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Radett\nrad tvåslut");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1675505.25);
            Row formula = sheet.getRow(2);
            assertThat(formula.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            String longText = sheet.getRow(3).getCell(0).getStringCellValue();
            assertThat(longText).hasSize(XlsxDownload.MAX_CELL).endsWith("…");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }
}
