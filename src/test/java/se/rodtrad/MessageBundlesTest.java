package se.rodtrad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Swedish and English, and every key a template uses exists. */
class MessageBundlesTest {

    @Test
    void swedish_and_english_bundles_have_the_same_keys() throws IOException {
        Properties sv = load("/messages.properties");
        Properties en = load("/messages_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(sv.stringPropertyNames());
        missingInEnglish.removeAll(en.stringPropertyNames());
        Set<String> missingInSwedish = new TreeSet<>(en.stringPropertyNames());
        missingInSwedish.removeAll(sv.stringPropertyNames());
        assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
        assertThat(missingInSwedish).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void no_key_is_defined_twice() throws IOException {
        for (String bundle : List.of("src/main/resources/messages.properties", "src/main/resources/messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of(bundle), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).strip())) {
                    twice.add(line.substring(0, eq).strip());
                }
            }
            assertThat(twice).as("keys defined twice in %s", bundle).isEmpty();
        }
    }

    /**
     * A message with arguments is read by {@link java.text.MessageFormat}, where a single apostrophe starts a quoted
     * part: "Kolada's catalog ({0})" is shown as "Koladas catalog ({0})" with the argument never filled in. Such a
     * message writes the apostrophe twice (''), in both bundles.
     */
    @Test
    void a_message_with_arguments_doubles_its_apostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Set<String> lone = new TreeSet<>();
        for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (argument.matcher(text).find() && text.replace("''", "").contains("'")) {
                    lone.add(bundle + " " + key + ": " + text);
                }
            }
        }
        assertThat(lone).as("messages with arguments and a lone apostrophe (write '')").isEmpty();
    }

    @Test
    void every_literal_key_used_in_a_template_exists() throws IOException {
        Properties sv = load("/messages.properties");
        Pattern key = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!sv.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing").isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
