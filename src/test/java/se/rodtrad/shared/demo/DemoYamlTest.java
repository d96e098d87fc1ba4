package se.rodtrad.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoYamlTest {

    @Test
    void a_seed_reference_reads_as_seed_and_lines() {
        assertThat(DemoYaml.source(Map.of("seed", "000_fe5ba59298930e97.txt", "lines", "120-135"))).isEqualTo("000_fe5ba59298930e97.txt r. 120-135");
        assertThat(DemoYaml.source(Map.of("seed", "002_48e2ab88efdad62c.txt"))).isEqualTo("002_48e2ab88efdad62c.txt");
    }

    @Test
    void a_list_of_references_is_one_line_and_plain_values_stay_text() {
        assertThat(DemoYaml.source(List.of(Map.of("seed", "000", "lines", 84), Map.of("seed", "001", "lines", "2440-2441"))))
                .isEqualTo("000 r. 84; 001 r. 2440-2441");
        assertThat(DemoYaml.source("Kolada")).isEqualTo("Kolada");
        assertThat(DemoYaml.source(null)).isNull();
        assertThat(DemoYaml.str(2023)).isEqualTo("2023");
    }
}
