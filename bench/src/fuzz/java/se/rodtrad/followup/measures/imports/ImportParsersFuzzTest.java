package se.rodtrad.followup.measures.imports;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import se.rodtrad.shared.domain.DomainException;

/**
 * Hostile input for every import parser (run by bench/run with the {@code fuzz} profile and JAZZER_FUZZ=1; without
 * it the inputs found so far are replayed). Whatever the bytes, a parser either reads them or refuses them with its
 * clear error ({@link ImportFailure}, a {@link DomainException}) — never another exception, a hang or a crash. The
 * format is chosen by the first byte, and the options a person can give (measure, unit, SCB selections, own
 * column names) by the next ones, so the fuzzer reaches the paths that only run with them.
 */
class ImportParsersFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void every_input_is_read_or_refused_with_the_importers_error(FuzzedDataProvider data) {
        ImportFormat format = data.pickValue(ImportFormat.values());
        boolean withOptions = data.consumeBoolean();
        ImportOptions options = withOptions
                ? new ImportOptions(data.consumeString(12), data.consumeString(6), Map.of(data.consumeString(12), data.consumeString(8)),
                        Map.of("period", data.consumeString(8), "value", data.consumeString(8)), null, null, data.consumeBoolean())
                : ImportOptions.none();
        byte[] bytes = data.consumeRemainingAsBytes();
        ImportFormat.detect(bytes, "fuzz");
        try {
            format.parse(bytes, "fuzz", options);
        } catch (DomainException refused) {
            // the importers' clear error: what every malformed input must end in
        }
    }
}
