package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.search.Search;
import se.rodtrad.search.SearchHit;
import se.rodtrad.search.SearchKind;
import se.rodtrad.search.SearchQuery;

/**
 * The reports' texts in the one search (issue 15 item 4 of this round, issue 18's "search that finds"): a summary or a
 * goal's analysis is found with Swedish stemming; the reports' own rule decides who sees it — a draft only signed-in
 * readers, a submitted report everyone, on its portal page.
 */
@RodtradTest
class ReportSearchTest {

    @Autowired
    Search search;

    @Test
    void the_first_four_months_text_is_found_in_delarsrapport_1_and_the_draft_that_copied_it_and_the_public_sees_only_the_submitted_one() {
        List<SearchHit> internal = Acting.as("lasare", () -> search.search(new SearchQuery("fyra månader", "REPORT", "RTN", "2023"))).hits();
        // RTN's 2023 (other tests write their own bodies' reports about their first four months)
        assertThat(internal).extracting(SearchHit::title).contains("Delårsrapport 1 – Regional tillväxtnämnd 2023",
                "Verksamhetsberättelse – Regional tillväxtnämnd 2023");
        assertThat(internal).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo(SearchKind.REPORT);
            assertThat(h.url()).startsWith("/uppfoljning/rapporter/");
            assertThat(h.body()).isEqualTo("RTN");
            assertThat(h.year()).isEqualTo(2023);
        });
        assertThat(internal.get(0).parts()).anyMatch(p -> p.match() && p.text().toLowerCase().startsWith("månader"));

        List<SearchHit> open = search.publicSearch(new SearchQuery("fyra månader", null, "RTN", "2023")).hits().stream()
                .filter(h -> h.kind() == SearchKind.REPORT).toList();
        assertThat(open).extracting(SearchHit::title).contains("Delårsrapport 1 – Regional tillväxtnämnd 2023")
                .doesNotContain("Verksamhetsberättelse – Regional tillväxtnämnd 2023");
        assertThat(open).allSatisfy(h -> assertThat(h.url()).startsWith("/portal/rapporter/"));
    }
}
