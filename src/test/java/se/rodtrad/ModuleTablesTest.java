package se.rodtrad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables: every table named in the SQL of a module's code belongs to that
 * module (its migrations create it). Modules learn of each other through their APIs and events. The root migrations'
 * tables are the product's infrastructure: the audit trail belongs to {@code audit}, the change counters and the event
 * publication registry to {@code shared}. SQL is what the code's string literals and text blocks say; comments are
 * not read.
 */
class ModuleTablesTest {

    private static final Path JAVA = Path.of("src/main/java/se/rodtrad");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern STRINGS = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern USE = Pattern.compile("(?i)\\b(?:from|join|into|update|table|truncate)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");
    private static final Map<String, String> ROOT = Map.of("audit_entry", "audit", "change_counter", "shared", "aggregate_change", "shared",
            "event_publication", "shared");

    @Test
    void no_module_names_another_modules_tables_in_its_sql() throws IOException {
        Map<String, String> owner = owners();
        assertThat(owner).containsKeys("plan", "plan_item", "org_unit", "measure", "budget_table", "ic_plan", "audit_entry");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> modules = Files.list(JAVA)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                try (Stream<Path> files = Files.walk(module)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        for (String table : tablesNamed(file)) {
                            String of = owner.get(table);
                            if (of != null && !of.equals(name)) {
                                violations.add(JAVA.relativize(file) + ": " + table + " (" + of + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(violations).as("SQL naming another module's tables").isEmpty();
    }

    /** The tables a file's SQL names (what follows from, join, into, update, table, truncate in its string literals). */
    static List<String> tablesNamed(Path file) throws IOException {
        List<String> tables = new ArrayList<>();
        Matcher strings = STRINGS.matcher(Files.readString(file));
        while (strings.find()) {
            String sql = strings.group(1) != null ? strings.group(1) : strings.group(2);
            Matcher use = USE.matcher(sql);
            while (use.find()) {
                tables.add(use.group(1).toLowerCase());
            }
        }
        return tables;
    }

    /** Which module's migrations create each table. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owner = new TreeMap<>(ROOT);
        try (Stream<Path> folders = Files.list(MIGRATIONS)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String module = folder.getFileName().toString();
                if (module.equals("__root")) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                        Matcher m = CREATE.matcher(Files.readString(f));
                        while (m.find()) {
                            owner.put(m.group(1).toLowerCase(), module);
                        }
                    }
                }
            }
        }
        return owner;
    }
}
