package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;
import se.rodtrad.planning.Plans;

/**
 * Long and wide pages stay usable (issue #18, item 6): the plan tree has a "Hoppa till" list of its perspectives and
 * goals and a link past it; the main pages never scroll sideways on a phone (390 × 844) nor at 200 % zoom on a laptop
 * (1 366 px at 200 % ≈ 683 px), a wide table scrolling in its own box instead, its first column held.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongPagesBrowserTest extends BrowserTestSupport {

    @Autowired
    Plans plans;

    private static int overflow(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    @Test
    void the_plan_tree_has_a_jump_list_of_its_goals_and_a_link_past_it() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "lasare");
            page.navigate(url("/planer/" + plans.byKey("rtn-2023").orElseThrow().id()));
            Locator jump = page.locator("nav.jump-list");
            assertThat(jump.locator("h3").innerText()).isEqualTo("Hoppa till");
            List<String> links = jump.locator("a").allInnerTexts();
            assertThat(links).anyMatch(l -> l.startsWith("Effektmål 5")).hasSizeLessThan(40);
            int tabStops = ((Number) page.evaluate("document.querySelectorAll('.plan-tree--root a, .plan-tree--root summary').length")).intValue();
            assertThat(links.size()).as("hopplistan är kortare än trädet").isLessThan(tabStops / 3);

            Locator goal = jump.locator("a", new Locator.LocatorOptions().setHasText("Effektmål 5")).first();
            String target = goal.getAttribute("href");
            goal.click();
            assertThat(page.url()).endsWith(target);
            assertThat(page.locator(target).count()).isEqualTo(1);

            page.locator(".skip-past a").focus();
            page.keyboard().press("Enter");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("efter-tradet");
            axe(page, "planen med hopplista");
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void the_main_pages_never_scroll_sideways_on_a_phone_or_at_200_percent_zoom() {
        List<String> wide = new ArrayList<>();
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "controller");
            String plan = "/planer/" + plans.byKey("rtn-2023").orElseThrow().id();
            List<String> paths = List.of("/", plan, "/planer", "/budget", "/uppdrag", "/uppfoljning", "/uppfoljning/ekonomi",
                    "/uppfoljning/rapporter", "/sammantraden", "/diarium", "/internkontroll", "/bidrag", "/historik", "/organisation",
                    "/planer/jamfor");
            for (int width : new int[] {390, 683}) {
                page.setViewportSize(width, 844);
                for (String path : paths) {
                    page.navigate(url(path));
                    int over = overflow(page);
                    if (over > 0) {
                        wide.add(path + " vid " + width + " px: " + over + " px för brett");
                    }
                }
            }
            page.setViewportSize(390, 844);
            page.navigate(url(plan));
            axe(page, "planen, 390 px");
            page.navigate(url("/budget"));
            axe(page, "budget, 390 px");
        }
        assertThat(wide).isEmpty();
        assertThat(violations).isEmpty();
    }

    @Test
    void the_economy_table_shows_the_forecast_against_budget_on_a_laptop_screen() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "controller");
            page.setViewportSize(1366, 768);
            page.navigate(url("/uppfoljning/ekonomi"));
            Locator forecast = page.locator("main th", new Page.LocatorOptions().setHasText("Prognos mot budget")).first();
            assertThat(forecast.count()).isEqualTo(1);
            boolean seen = (Boolean) forecast.evaluate("th => { const r = th.getBoundingClientRect(); let box = th.closest('.table-scroll, .table-box'); "
                    + "const b = box ? box.getBoundingClientRect() : {left: 0, right: innerWidth}; return r.left >= b.left - 1 && r.right <= b.right + 1 && r.right <= innerWidth; }");
            assertThat(seen).as("»Prognos mot budget« syns utan att rulla i sidled vid 1 366 px").isTrue();
        }
    }
}
