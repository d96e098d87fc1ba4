package se.rodtrad.documents.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV rows (RFC 4180, comma-separated, CRLF). Text that a spreadsheet would read as a formula
 * (starting with = + - @, tab or carriage return) is prefixed with an apostrophe, so an export can
 * never run code in the reader's Excel; numbers are written as they are.
 */
final class Csv {

    private Csv() {
    }

    static String row(Object... values) {
        return Arrays.stream(values).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
