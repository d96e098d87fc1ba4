package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;

/**
 * The economy's period report in a real browser: RTN's 2023 areas against the decided budget, the section that names the
 * budget followed (version 1) with the body's roll-up and the reconciliation with the result budget; the key columns
 * (budget, outcome, forecast against budget) fit a 1 366 px screen without a scroll box, and the page passes axe at
 * desktop width and at 390 px with its disclosures open.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EconomyBrowserTest extends BrowserTestSupport {

    @Test
    void the_period_report_names_the_decided_budget_it_follows_and_passes_axe_at_both_widths() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "politiker");
            page.setViewportSize(1366, 768);
            page.navigate(url("/uppfoljning/ekonomi?ar=2023&manad=8"));

            assertThat(page.locator("#basis-heading").innerText()).isEqualTo("Budget som följs");
            assertThat(page.locator(".economy-basis").innerText())
                    .contains("Regional tillväxtnämnd: jämförs med den beslutade budgeten, version 1")
                    .contains("✓ Stämmer");

            // the area table: its key columns in view at 1 366 px, and its scroll region does not need to scroll
            Locator region = page.locator(".table-scroll").first();
            for (String column : new String[] {"Budget helår", "Utfall t.o.m. aug", "Prognos helår", "Prognos mot budget"}) {
                Locator header = region.locator("th", new Locator.LocatorOptions().setHasText(column)).first();
                var box = header.boundingBox();
                assertThat(box).as(column).isNotNull();
                assertThat(box.x + box.width).as("%s inom 1 366 px", column).isLessThanOrEqualTo(1366);
            }
            assertThat((Boolean) region.evaluate("e => e.scrollWidth <= e.clientWidth")).as("ingen vågrät rullning vid 1 366 px: %s", region.evaluate("e => e.scrollWidth + ' ' + e.clientWidth + ' ' + e.querySelector('table').offsetWidth")).isTrue();

            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
            axe(page, "Periodrapport augusti 2023");
            assertThat(violations).isEmpty();
        }
    }
}
