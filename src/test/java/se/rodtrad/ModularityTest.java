package se.rodtrad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of ARCHITECTURE.md hold, and their documentation in docs/modules is current. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RodtradApplication.class);

    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written_to_docs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        // the Documenter writes a diagram's relations in the order it meets them, which differs from run to run: sorted,
        // the files change only when the modules do
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, sortedRelations(Files.readAllLines(file)));
            }
        }
    }

    /** Each run of consecutive {@code Rel(…)} lines sorted; every other line where it stands. */
    static List<String> sortedRelations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
