package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the internal control exists in Swedish and English, and every key the pages use exists. */
class InternalControlMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(InternalControlMessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> icKeys(Properties p) {
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("ic.")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void swedish_and_english_have_the_same_internal_control_keys() throws IOException {
        assertThat(icKeys(load("messages_en.properties"))).isEqualTo(icKeys(load("messages.properties")));
    }

    @Test
    void every_fixed_key_the_templates_use_exists() throws IOException {
        Properties sv = load("messages.properties");
        Pattern key = Pattern.compile("#\\{(ic\\.[A-Za-z_.]+[A-Za-z_])");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/internalcontrol"))) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!sv.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
