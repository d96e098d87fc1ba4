package se.rodtrad.followup.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An import names a county the way its source does: SCB's "Kronobergs län" is Kolada's "Region Kronoberg" (RealStatisticsTest reads the series). */
class CountyNamesTest {

    @Test
    void a_county_named_the_scb_way_is_the_region_named_the_kolada_way_and_no_other() {
        assertThat(Imports.sameName("Kronobergs län", "Region Kronoberg")).isTrue();
        assertThat(Imports.sameName("Stockholms län", "Region Stockholm")).isTrue();
        assertThat(Imports.sameName("Örebro län", "Region Örebro län")).isTrue();
        assertThat(Imports.sameName("Lekebergs kommun", "Lekeberg")).isTrue();
        assertThat(Imports.sameName("Värmlands län", "Region Kronoberg")).isFalse();
        assertThat(Imports.sameName("Västmanlands län", "Region Värmland")).isFalse();
    }
}
