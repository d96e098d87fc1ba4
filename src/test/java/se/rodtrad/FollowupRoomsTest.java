package se.rodtrad;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Follow-up is four rooms (see its package-info): {@code measures}, {@code assessment}, {@code economy} and
 * {@code reports}, each a sub-package with its own small API. Within one Spring Modulith module the rooms are not
 * checked by {@link ModularityTest}, so this test says what it says for modules: the rooms depend one way, a room's
 * pages are its own (another room never uses them), and a room's SQL names only its own tables. Repositories are
 * package-private, so the compiler already keeps a room out of another room's repositories.
 */
class FollowupRoomsTest {

    private static final String FOLLOWUP = "se.rodtrad.followup";

    /** The rooms each room may use. Never a cycle: measures uses none, reports the three others. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "measures", Set.of(),
            "assessment", Set.of("measures"),
            "economy", Set.of("measures"),
            "reports", Set.of("measures", "assessment", "economy"));

    /** Which room's migrations' table is which; every table follow-up's migrations create must be named here. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("measure", "measures"), Map.entry("measure_change", "measures"), Map.entry("indicator_value", "measures"),
            Map.entry("indicator_value_revision", "measures"), Map.entry("import_run", "measures"),
            Map.entry("followed_indicator", "assessment"), Map.entry("followed_plan", "assessment"),
            Map.entry("assessment_judgement", "assessment"),
            Map.entry("econ_line", "economy"), Map.entry("econ_budget", "economy"), Map.entry("econ_outcome", "economy"),
            Map.entry("econ_forecast", "economy"), Map.entry("econ_decided_budget", "economy"), Map.entry("econ_decided_line", "economy"), Map.entry("econ_decided_stamp", "economy"),
            Map.entry("follow_report", "reports"), Map.entry("follow_report_goal", "reports"),
            Map.entry("follow_report_snapshot", "reports"), Map.entry("assignment_status", "reports"));

    @Test
    void rooms_depend_one_way_and_never_on_each_others_pages() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(FOLLOWUP);
        Set<String> violations = new TreeSet<>();
        for (JavaClass origin : classes) {
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (!(target.equals(FOLLOWUP) || target.startsWith(FOLLOWUP + ".")) || allowed(origin.getPackageName(), target)) {
                    continue;
                }
                violations.add(origin.getName() + " -> " + d.getTargetClass().getName());
            }
        }
        assertThat(violations).as("follow-up's rooms using what they may not").isEmpty();
    }

    @Test
    void every_rooms_sql_names_only_its_own_tables() throws IOException {
        Map<String, String> modules = ModuleTablesTest.owners();
        modules.forEach((table, module) -> {
            if (module.equals("followup")) {
                assertThat(TABLES).as("the room of follow-up's table " + table).containsKey(table);
            }
        });
        List<String> violations = new ArrayList<>();
        Path followup = Path.of("src/main/java/se/rodtrad/followup");
        for (String room : MAY_USE.keySet()) {
            try (Stream<Path> files = Files.walk(followup.resolve(room))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String table : ModuleTablesTest.tablesNamed(file)) {
                        String of = TABLES.get(table);
                        if (of != null && !of.equals(room)) {
                            violations.add(followup.relativize(file) + ": " + table + " (" + of + ")");
                        }
                    }
                }
            }
        }
        assertThat(violations).as("SQL naming another room's tables").isEmpty();
    }

    private static boolean allowed(String from, String to) {
        String fromRoom = room(from);
        String toRoom = room(to);
        boolean toWeb = to.equals(FOLLOWUP + ".web") || to.startsWith(FOLLOWUP + ".web.");
        if (fromRoom == null) {
            // the module's own package (the formats) uses no room; its shared web shows the measures' values
            return to.equals(FOLLOWUP) || isWeb(from) && (toWeb || "measures".equals(toRoom) && !isWeb(to));
        }
        if (toRoom == null) {
            // a room's pages may use the pages' shared charts; any room the formats
            return to.equals(FOLLOWUP) || toWeb && isWeb(from);
        }
        return toRoom.equals(fromRoom) || MAY_USE.get(fromRoom).contains(toRoom) && !isWeb(to);
    }

    /** The room of a package in follow-up, or null for the module's own package and its shared web. */
    private static String room(String pkg) {
        for (String room : MAY_USE.keySet()) {
            String base = FOLLOWUP + "." + room;
            if (pkg.equals(base) || pkg.startsWith(base + ".")) {
                return room;
            }
        }
        return null;
    }

    private static boolean isWeb(String pkg) {
        return pkg.endsWith(".web") || pkg.contains(".web.");
    }
}
