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

    /**
     * A Kolada file: the CSV rKolada writes when it looks like one, otherwise a page of Kolada's API as JSON. A file that
     * is plainly another format (a PxWeb or json-stat2 table from SCB, SSB or Statistics Finland) is refused with the
     * import that reads it, instead of a parser's complaint about a missing field.
     */
    public static ImportFormat kolada(byte[] bytes, String fileName) {
        ImportFormat format = detect(bytes, fileName) == KOLADA_CSV ? KOLADA_CSV : KOLADA_JSON;
        format.requireMatches(bytes, fileName);
        return format;
    }

    /**
     * The format a file plainly is, by marks no other format has: json-stat2's {@code "class": "dataset"}, PxWeb v1's
     * {@code columns} and {@code data}, a Kolada page's {@code values} with {@code kpi}, rKolada's CSV header. Empty when
     * the file carries none of them (our templates, or something unreadable: its parser will say what is wrong).
     */
    public static java.util.Optional<ImportFormat> recognise(byte[] bytes, String fileName) {
        ImportFormat detected = detect(bytes, fileName);
        if (detected == KOLADA_JSON) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).replaceAll("\\s", "");
            boolean kolada = head.contains("\"values\":[") && (head.contains("\"kpi\":") || head.contains("\"municipality\":"));
            return kolada ? java.util.Optional.of(KOLADA_JSON) : java.util.Optional.empty();
        }
        return detected == JSONSTAT2 || detected == PXWEB_V1 || detected == KOLADA_CSV ? java.util.Optional.of(detected)
                : java.util.Optional.empty();
    }

    /** Refuses a file sent to this format's import that is plainly another format, naming the import that reads it. */
    public void requireMatches(byte[] bytes, String fileName) {
        if (bytes == null) {
            return;
        }
        recognise(bytes, fileName).filter(found -> found != this).ifPresent(found -> {
            throw new ImportFailure("followup.import.error.wrongFormat", fileName == null ? "–" : fileName, found.description(), description(),
                    found.name());
        });
    }

    /** What the format is called where statistics come from (names of sources and formats, the same in every language). */
    public String description() {
        return switch (this) {
            case KOLADA_JSON -> "Kolada API (JSON v2/v3)";
            case KOLADA_CSV -> "Kolada CSV (rKolada)";
            case PXWEB_V1 -> "PxWeb v1 (JSON)";
            case JSONSTAT2 -> "json-stat2 (PxWebApi 2, SSB, Statistikcentralen)";
            case TEMPLATE_CSV -> "mall (CSV)";
            case TEMPLATE_XLSX -> "mall (XLSX)";
            case ECONOMY_CSV -> "ekonomimall (CSV)";
            case ECONOMY_XLSX -> "ekonomimall (XLSX)";
        };
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
