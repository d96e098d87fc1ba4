package se.rodtrad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Controllers submit a form one way (issue #15, item 5): {@code shared.web.FormSubmission} runs the use case and
 * renders the page again with the {@code Refusal} beside what was typed, a missing thing goes on to the 404 page, and
 * typed values are read by {@code shared.web.FormInput}. So web code writes no {@code try}/{@code catch} of its own,
 * but where it meets the outside world — an upload broken off, a download, a parse of what another system sent.
 * There were 184 {@code catch (} under {@code web/}; this counts them, so they cannot grow back unnoticed.
 */
class WebCatchesTest {

    /**
     * What remains: the submission itself, shared.web's reading of what was typed (a date, a time, a form record's
     * fields), the I/O boundaries (an upload, a workbook, a conditional GET's digest) and the history's words for an
     * item that may be gone since.
     */
    static final int MOST = 8;

    private static final Pattern CATCH = Pattern.compile("\\bcatch \\(");
    private static final Pattern COMMENT = Pattern.compile("(?sm)^\\s*/\\*.*?\\*/|//[^\\n]*");

    @Test
    void web_code_catches_no_more_than_it_must() throws IOException {
        Map<String, Integer> byFile = new TreeMap<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!path.contains("/web/")) {
                    continue;
                }
                Matcher m = CATCH.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
                int count = 0;
                while (m.find()) {
                    count++;
                }
                if (count > 0) {
                    byFile.put(path, count);
                }
            }
        }
        int total = byFile.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("catch blocks under web/ (at most %d; submit forms through FormSubmission, read typed values with "
                + "FormInput) — by file: %s", MOST, byFile).isLessThanOrEqualTo(MOST);
    }
}
