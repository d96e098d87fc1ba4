package se.rodtrad.documentimport;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile documents for the document import's parsers (run by bench/run with the {@code fuzz} profile and
 * JAZZER_FUZZ=1; without it the inputs found so far are replayed). Whatever the bytes — posing as PDF, DOCX or text by
 * their first bytes, read as a plan or a notice, under small limits so the limits themselves are reached — the reading
 * ends in a proposal or in {@link ImportRefused}, the import's clear refusal: never another exception, a hang or a
 * crash.
 */
class DocumentParsersFuzzTest {

    private static final byte[][] MAGIC = {"%PDF-1.4\n".getBytes(), {'P', 'K', 3, 4}, {}, "Effektmål 1. ".getBytes(java.nio.charset.StandardCharsets.UTF_8)};

    @FuzzTest(maxDuration = "30s")
    void every_document_is_read_or_refused_with_the_imports_message(FuzzedDataProvider data) {
        DocumentKind kind = data.consumeBoolean() ? DocumentKind.PLAN : DocumentKind.NOTICE;
        byte[] magic = MAGIC[data.consumeInt(0, MAGIC.length - 1)];
        ImportLimits limits = new ImportLimits(1024 * 1024, data.consumeInt(1, 20), data.consumeInt(100, 200_000), data.consumeInt(1, 8), 2_000);
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] bytes = new byte[magic.length + rest.length];
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        System.arraycopy(rest, 0, bytes, magic.length, rest.length);
        try {
            DocumentReading.read(bytes, "fuzz", kind, limits);
        } catch (ImportRefused refused) {
            // the import's clear refusal: what every unreadable document must end in
        }
    }
}
