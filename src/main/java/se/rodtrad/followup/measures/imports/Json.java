package se.rodtrad.followup.measures.imports;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading untrusted JSON: exact decimals, duplicate keys and trailing garbage refused, nesting and sizes
 * bounded. A syntax error (a truncated file) is reported with its line and column.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100)
                            .maxStringLength(1_000_000).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    static JsonNode read(byte[] bytes, String file) {
        Text.Decoded text = Text.decode(bytes, file);
        try {
            JsonNode node = MAPPER.readTree(text.text());
            if (node == null || node.isMissingNode()) {
                throw new ImportFailure("followup.import.error.empty", file);
            }
            return node;
        } catch (JacksonException e) {
            String detail = e.getOriginalMessage() == null ? "" : Text.excerpt(e.getOriginalMessage().split("\n")[0]);
            var location = e.getLocation();
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
                throw new ImportFailure("followup.import.error.jsonTruncated",
                        location != null && location.getLineNr() > 0 ? file + ", rad " + location.getLineNr() : file);
            }
            if (location != null && location.getLineNr() > 0) {
                throw new ImportFailure("followup.import.error.json", file + ", rad " + location.getLineNr() + ", kolumn " + location.getColumnNr(),
                        detail);
            }
            throw new ImportFailure("followup.import.error.json", file, detail);
        } catch (ImportFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // e.g. a number beyond every limit ("1e9999999990"), refused by the parser with a NumberFormatException
            throw new ImportFailure("followup.import.error.json", file, Text.excerpt(String.valueOf(e.getMessage())));
        }
    }

    /** A text field, or null when absent or JSON null; anything else than text or a number is refused. */
    static String string(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isString()) {
            return n.stringValue();
        }
        if (n.isNumber()) {
            return number(n, where + "." + field).toPlainString();
        }
        throw new ImportFailure("followup.import.error.jsonType", where + "." + field, "text");
    }

    /** A JSON number as an exact decimal; absurd ones ("1e999999999") are refused, not thrown. */
    static java.math.BigDecimal number(JsonNode n, String where) {
        try {
            return Fields.decimal(where, "value", n.decimalValue());
        } catch (ImportFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportFailure("followup.import.error.number", where, "value", Text.excerpt(n.toString()));
        }
    }

    /** A JSON whole number within [min, max], or a clear refusal. */
    static long whole(JsonNode n, String where, long min, long max) {
        try {
            if (n != null && n.isIntegralNumber() && n.canConvertToLong()) {
                long v = n.longValue();
                if (v >= min && v <= max) {
                    return v;
                }
            }
        } catch (RuntimeException e) {
            // refused below
        }
        throw new ImportFailure("followup.import.error.jsonType", where, "heltal " + min + "–" + max);
    }
}
