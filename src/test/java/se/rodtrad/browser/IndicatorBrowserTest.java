package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;
import se.rodtrad.planning.PlanContents;
import se.rodtrad.planning.PlanId;
import se.rodtrad.planning.Plans;

/**
 * The röd tråd a person walks (issue 17): in RTN's decided plan 2023, from an indicator in the plan tree one click
 * reaches its values, its chart and its assessment — the plan item's own id is the follow-up's address — and both
 * pages pass axe (WCAG 2.1 A/AA) at desktop width and at 390 px, as does the plan's goal overview.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorBrowserTest extends BrowserTestSupport {

    @Autowired
    Plans plans;
    @Autowired
    PlanContents contents;

    @Test
    void from_an_indicator_in_rtn_2023s_plan_tree_one_click_reaches_its_values_chart_and_assessment() {
        var plan = plans.byKey("rtn-2023").orElseThrow();
        UUID item = contents.content(new PlanId(plan.id())).orElseThrow().entries().stream()
                .filter(e -> "rtn-ind-vaxthusgaser".equals(e.lineageKey())).findFirst().orElseThrow().id();
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "lasare");
            page.navigate(url("/planer/" + plan.id()));
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
            axe(page, "RTN 2023, planens träd");

            Locator link = page.locator("a[href='/uppfoljning/indikatorer/" + item + "']").first();
            assertThat(link.innerText()).contains("Värden och bedömning");
            link.click();
            page.waitForURL(url("/uppfoljning/indikatorer/" + item));

            Locator main = page.locator("main");
            assertThat(page.locator("h1").innerText()).startsWith("Utsläpp av växthusgaser ska minska");
            // the values (Örebro län 2005 and the latest year), the chart with its numbers as a table, the assessment with words
            assertThat(main.innerText()).contains("1 900 171").contains("1 244 472").contains("Bedömning");
            assertThat(page.locator("main svg").count()).isPositive();
            assertThat(page.locator("main table").count()).isPositive();
            assertThat(page.locator(".assessment-status").innerText()).containsAnyOf("uppfyllt", "delvis uppfyllt", "ej uppfyllt");
            axe(page, "Styrtalets sida");

            // the plan's goals rolled up: the overview table with words and icons, and its CSV
            page.navigate(url("/uppfoljning/indikatorer?plan=" + plan.id() + "&ar=2023"));
            Locator overview = page.locator("table").first();
            assertThat(overview.locator("caption").innerText()).startsWith("Målöversikt: Regional tillväxtnämnd");
            assertThat(overview.locator("tbody tr").count()).isPositive();
            assertThat(page.locator("a[href*='/uppfoljning/mal.csv']").count()).isEqualTo(1);
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
            axe(page, "Styrtal och mål, RTN 2023");
        }
        assertThat(violations).isEmpty();
    }
}
