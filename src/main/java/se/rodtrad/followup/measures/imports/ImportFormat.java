package se.rodtrad.followup.measures.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The file formats values can be imported from. */
public enum ImportFormat {
    /** Kolada's data API, v2 or v3 JSON, one page per file. */
    KOLADA_JSON,
    /** Kolada values as CSV, as rKolada writes them. */
    KOLADA_CSV,
    /** An SCB PxWeb v1 JSON response. */
    PXWEB_V1,
    /** An SCB PxWebApi 2 response in json-stat2. */
    JSONSTAT2,
    /** Our own template as CSV. */
    TEMPLATE_CSV,
    /** Our own template as XLSX. */
    TEMPLATE_XLSX,
    /** The economy template (budget, outcome, forecast per area and line) as CSV. */
    ECONOMY_CSV,
    /** The economy template as XLSX. */
    ECONOMY_XLSX;

    public boolean isEconomy() {
        return this == ECONOMY_CSV || this == ECONOMY_XLSX;
    }

    public ParsedFile parse(byte[] bytes, String file, ImportOptions options) {
        return switch (this) {
            case KOLADA_JSON -> KoladaJsonParser.parse(bytes, file, options);
            case KOLADA_CSV -> KoladaCsvParser.parse(bytes, file, options);
            case PXWEB_V1 -> PxWebV1Parser.parse(bytes, file, options);
            case JSONSTAT2 -> JsonStat2Parser.parse(bytes, file, options);
            case TEMPLATE_CSV -> TemplateParser.parseCsv(bytes, file, options);
            case TEMPLATE_XLSX -> TemplateParser.parseXlsx(bytes, file, options);
            case ECONOMY_CSV, ECONOMY_XLSX -> throw new ImportFailure("followup.import.error.unreadable", file, name());
        };
    }

    /**
     * Recognises the format from the first bytes: a zip is XLSX; JSON with {@code "class": "dataset"} is
     * json-stat2, with {@code "columns"} PxWeb v1, otherwise Kolada; a CSV with a {@code kpi} column is
     * Kolada's, otherwise our template.
     */
    public static ImportFormat detect(byte[] bytes, String fileName) {
        if (bytes != null && bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            try {
                java.util.List<String> header = Xlsx.read(bytes, fileName).header().stream().map(CsvTable::normalise).toList();
                if (header.contains("typ") && header.contains("post") && header.stream().anyMatch(h -> h.startsWith("belopp"))) {
                    return ECONOMY_XLSX;
                }
            } catch (ImportFailure e) {
                // not readable: the template parser will say so with the file's name
            }
            return TEMPLATE_XLSX;
        }
        if (looksLikeEconomy(bytes)) {
            return ECONOMY_CSV;
        }
        String head = bytes == null ? "" : new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        String trimmed = head.replace("\ufeff", "").stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            String compact = trimmed.replaceAll("\\s", "");
            if (compact.contains("\"class\":\"dataset\"")) {
                return JSONSTAT2;
            }
            if (compact.contains("\"columns\":") && compact.contains("\"data\":")) {
                return PXWEB_V1;
            }
            return KOLADA_JSON;
        }
        String firstLine = trimmed.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).findFirst().orElse("")
                .toLowerCase(Locale.ROOT);
        if (firstLine.contains("kpi") && (firstLine.contains("municipality") || firstLine.contains("kommun"))) {
            return KOLADA_CSV;
        }
        return TEMPLATE_CSV;
    }

    /** A Kolada file: the CSV rKolada writes when it looks like one, otherwise a page of Kolada's API as JSON. */
    public static ImportFormat kolada(byte[] bytes, String fileName) {
        return detect(bytes, fileName) == KOLADA_CSV ? KOLADA_CSV : KOLADA_JSON;
    }

    /** Whether a file's header looks like the economy template (its columns typ, post and belopp). */
    private static boolean looksLikeEconomy(byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("typ") && head.contains("belopp") && head.contains("post");
    }
}
