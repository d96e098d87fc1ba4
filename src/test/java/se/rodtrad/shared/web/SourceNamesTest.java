package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reader sees the document a text comes from, never the seed file it was transcribed from. */
class SourceNamesTest {

    private final SourceNames sources = new SourceNames();

    @Test
    void a_seed_file_with_its_lines_becomes_the_documents_title_and_other_sources_stay() {
        assertThat(sources.words("000_fe5ba59298930e97.txt r. 63-1066")).isEqualTo("Regional tillväxtnämnd: Verksamhetsplan med budget 2023");
        assertThat(sources.words("001_fb44509df49901da.txt r. 544; 001_fb44509df49901da.txt r. 2445; 002_48e2ab88efdad62c.txt r. 43"))
                .isEqualTo("Regional tillväxtnämnd: kallelse med handlingar till sammanträdet 2020-01-22; Regionstyrelsen: Verksamhetsplan med budget 2024");
        assertThat(sources.words("Kolada (SCB)")).isEqualTo("Kolada (SCB)");
        assertThat(sources.words(null)).isNull();
        assertThat(sources.words("004_bcf7ac6a155671fc.txt")).doesNotContain(".txt");
    }
}
