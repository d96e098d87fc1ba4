package se.rodtrad.followup.measures.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as a header and records, each record with the line it starts on. Reads RFC 4180 (quotes,
 * doubled quotes, line breaks inside quotes), detects the delimiter (comma, semicolon or tab) from the
 * header, skips blank lines and leading {@code #} comment lines. A record with another number of fields
 * than the header — what a file cut off mid-line looks like — is refused with its line.
 *
 * <p>A file cut exactly after a line has every field a row needs, so the fields cannot tell (issue 21: 1 999 of 3 411
 * rows were imported without a word). Two things can: a count the file declares — a comment "# rader: 3411" before the
 * header, as our template may carry — which the rows must match; and the line end every row of a CSV file ends with
 * (RFC 4180, as Excel, Kolada and SCB write it): a last row without one was cut inside its last field ("85,6" read as
 * "85"), and is refused with how many rows were read before it.
 */
public final class CsvTable {

    public static final int MAX_RECORDS = 500_000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_FIELD = 10_000;

    public record Record(int line, List<String> fields) {
    }

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Record> records;
    private final List<String> comments;

    private CsvTable(String file, List<String> header, List<Record> records, List<String> comments) {
        this.file = file;
        this.header = header;
        this.records = records;
        this.comments = comments;
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(normalise(header.get(i)), i);
        }
    }

    public static CsvTable parse(String text, String file) {
        List<String> comments = new ArrayList<>();
        int pos = 0;
        int line = 1;
        // leading comment and blank lines ("# exempeldata: true")
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String l = (end < 0 ? text.substring(pos) : text.substring(pos, end)).strip();
            if (l.startsWith("#")) {
                comments.add(l.substring(1).strip());
            } else if (!l.isEmpty()) {
                break;
            }
            if (end < 0) {
                pos = text.length();
                break;
            }
            pos = end + 1;
            line++;
        }
        if (pos >= text.length()) {
            throw new ImportFailure("followup.import.error.noHeader", file);
        }
        int headerEnd = text.indexOf('\n', pos);
        String headerLine = headerEnd < 0 ? text.substring(pos) : text.substring(pos, headerEnd);
        char delimiter = delimiter(headerLine);
        List<Record> all = records(text, pos, line, delimiter, file);
        Record head = all.get(0);
        if (head.fields().size() > MAX_COLUMNS) {
            throw new ImportFailure("followup.import.error.tooManyColumns", file + ", rad " + head.line(), MAX_COLUMNS);
        }
        Integer declared = declaredRows(comments, file);
        List<String> header = head.fields().stream().map(String::strip).toList();
        List<Record> body = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            Record r = all.get(i);
            if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
                continue;
            }
            if (r.fields().size() != header.size()) {
                throw new ImportFailure("followup.import.error.fieldCount", file + ", rad " + r.line(), r.fields().size(), header.size());
            }
            body.add(r);
        }
        if (declared != null && declared != body.size()) {
            throw new ImportFailure("followup.import.error.declaredRows", file, declared, body.size());
        }
        return new CsvTable(file, header, body, comments);
    }

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile("(?i)^(?:antal\\s+)?(?:rader|rows)\\s*[:=]\\s*(\\d{1,9})\\s*$");

    /** "# rader: 3411" (or "antal rader", "rows") among the leading comments: the number of rows the file says it holds. */
    private static Integer declaredRows(List<String> comments, String file) {
        for (String c : comments) {
            java.util.regex.Matcher m = DECLARED.matcher(c.strip());
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** A table built from rows of cells (an XLSX sheet), first row the header. */
    public static CsvTable of(String file, List<String> header, List<Record> records, List<String> comments) {
        return new CsvTable(file, header.stream().map(h -> h == null ? "" : h.strip()).toList(), records, comments);
    }

    private static char delimiter(String headerLine) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    private static List<Record> records(String text, int start, int firstLine, char delimiter, String file) {
        List<Record> result = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = firstLine;
        int recordLine = firstLine;
        int quoteLine = firstLine;
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                append(field, c, file, recordLine);
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                i++;
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (fields.size() > MAX_COLUMNS) {
                    throw new ImportFailure("followup.import.error.tooManyColumns", file + ", rad " + recordLine, MAX_COLUMNS);
                }
                i++;
                continue;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                result.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                if (result.size() > MAX_RECORDS) {
                    throw new ImportFailure("followup.import.error.tooManyRows", file, MAX_RECORDS);
                }
                line++;
                recordLine = line;
                i++;
                continue;
            }
            if (wasQuoted) {
                throw new ImportFailure("followup.import.error.afterQuote", file + ", rad " + line);
            }
            append(field, c, file, recordLine);
            i++;
        }
        if (quoted) {
            throw new ImportFailure("followup.import.error.openQuote", file + ", rad " + quoteLine);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            if (!result.isEmpty()) {
                // a row after the header without the line end every row has: the file ends inside it
                throw new ImportFailure("followup.import.error.noLineEnd", file + ", rad " + recordLine, result.size() - 1);
            }
            fields.add(field.toString());
            result.add(new Record(recordLine, List.copyOf(fields)));
        }
        if (result.isEmpty()) {
            throw new ImportFailure("followup.import.error.noHeader", file);
        }
        return result;
    }

    private static void append(StringBuilder field, char c, String file, int line) {
        if (field.length() >= MAX_FIELD) {
            throw new ImportFailure("followup.import.error.fieldTooLong", file + ", rad " + line, MAX_FIELD);
        }
        field.append(c);
    }

    /** Column names compared without case, spaces, underscores or diacritics' variants ("Kön" = "kon"). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.strip().toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace('é', 'e')
                .replaceAll("[\\s_\\-.]", "");
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Record> records() {
        return records;
    }

    public List<String> comments() {
        return comments;
    }

    /** The index of the first column with one of the names, or -1. */
    public int column(String... names) {
        for (String name : names) {
            Integer i = index.get(normalise(name));
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    /** A column the file must have; refused naming the column when it is missing. */
    public int required(String... names) {
        int i = column(names);
        if (i < 0) {
            throw new ImportFailure("followup.import.error.missingColumn", file + ", rubrikraden", names[0], String.join(", ", header));
        }
        return i;
    }

    public static String cell(Record r, int column) {
        if (column < 0 || column >= r.fields().size()) {
            return null;
        }
        String s = r.fields().get(column);
        return s == null ? null : s.strip();
    }
}
