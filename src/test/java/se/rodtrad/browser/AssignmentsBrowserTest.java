package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;

/**
 * Assignments as work in a real browser, role by role: the politician finds what is behind in Regional tillväxtnämnd
 * on the start page and follows it to the list of late assignments; the area manager finds the open work of
 * Näringslivsutveckling; the controller sets a deadline on an assignment of RTN 2023 in place. Every page passes axe
 * (WCAG 2.1 AA) at desktop width and at 390 px, where the page itself never scrolls sideways.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentsBrowserTest extends BrowserTestSupport {

    /** axe at desktop width and at 390 px, and the page no wider than the phone's screen. */
    private void check(Page page, String what) {
        axeAtBothWidths(page, what);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        if (width.intValue() > 390) {
            // what sticks out: the text (or element) whose box reaches past the screen, so the failure says where to look
            Object wide = page.evaluate("""
                    () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const out = []; let n;
                      while ((n = w.nextNode()) && out.length < 5) { const r = document.createRange(); r.selectNodeContents(n);
                        if (r.getBoundingClientRect().right > 392) out.push(n.parentElement.tagName + ': ' + n.textContent.trim().slice(0, 60)); }
                      return out.join(' | '); }""");
            assertThat(width.intValue()).as("sidans bredd vid 390 px: %s (sticker ut: %s)", what, wide).isLessThanOrEqualTo(390);
        }
        page.setViewportSize(1280, 900);
    }

    @Test
    void the_politician_finds_what_is_behind_and_the_area_manager_their_units_work() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "politiker");
            var behind = page.locator("section.assignments");
            assertThat(behind.getByRole(AriaRole.HEADING).first().textContent()).isEqualTo("Uppdrag som ligger efter");
            assertThat(behind.locator("li").count()).isGreaterThanOrEqualTo(8);
            assertThat(behind.locator("li").first().textContent()).contains("Försenat").contains("Exempeldata");
            check(page, "start, politiker");
            behind.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Alla").setExact(false)).last().click();
            page.waitForURL(u -> u.contains("/uppdrag"));
            assertThat(page.locator("tbody tr").count()).isGreaterThanOrEqualTo(8);
            assertThat(page.locator("tbody tr").allTextContents()).allSatisfy(row -> assertThat(row).contains("Försenat"));
            check(page, "uppdrag, försenade");
        }
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "omradeschef");
            var owned = page.locator("section.assignments");
            assertThat(owned.getByRole(AriaRole.HEADING).first().textContent()).isEqualTo("Uppdrag som din enhet ansvarar för");
            assertThat(owned.locator("li").allTextContents()).isNotEmpty().allSatisfy(li -> assertThat(li).contains("Näringslivsutveckling"));
            // first among "Mina uppgifter": the report texts their area writes, overdue first, with the day they were due
            var sections = page.locator("section.tasks .report-sections li");
            assertThat(page.locator("section.tasks h3").first().textContent()).isEqualTo("Rapporttexter att skriva");
            assertThat(sections.count()).isEqualTo(3);
            assertThat(sections.first().textContent()).contains("Försenad").contains("Verksamhetsberättelse, Regional tillväxtnämnd 2023")
                    .contains("senast 2024-02-16");
            check(page, "start, områdeschef");
            sections.first().getByRole(AriaRole.LINK).click();
            page.waitForURL(u -> u.contains("/redigera"));
            assertThat(page.locator("h1").textContent()).startsWith("Skriv verksamhetsberättelse");
            assertThat(page.locator("#report-progress").textContent()).contains("Näringslivsutveckling (Områdeschef näringslivsutveckling)");
            assertThat(page.locator(".report-summary .copied-mark").textContent()).contains("Kopierad från delårsrapport 1 – granska");
            assertThat(page.locator(".report-goal-form form[hx-post$='/mal']").count()).isEqualTo(3);
            check(page, "rapport, områdeschef");
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void the_controller_sets_an_assignments_deadline_in_place_and_a_bad_date_is_marked() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "controller");
            assertThat(page.locator("section.assignments h2").textContent()).isEqualTo("Uppdrag som ligger efter");
            check(page, "start, controller");
            page.navigate(url("/uppdrag?year=2023"));
            page.locator("tbody tr a").first().click();
            page.waitForURL(u -> u.contains("/planer/punkter/"));
            assertThat(page.locator(".assignment-work").textContent()).contains("Försenat");
            page.getByLabel("Klart senast").fill("snart");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ansvar och tider")).click();
            page.locator("#work-deadline[aria-invalid=true]").waitFor();
            assertThat(page.getByLabel("Klart senast").inputValue()).isEqualTo("snart");
            check(page, "uppdrag, felaktigt datum");
            page.getByLabel("Klart senast").fill("2099-12-31");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ansvar och tider")).click();
            page.locator(".assignment-work [role=status]").waitFor();
            assertThat(page.locator(".assignment-work").textContent()).contains("2099-12-31").contains("Pågående").doesNotContain("Exempeldata");
            check(page, "uppdrag, sparat");
        }
        assertThat(violations).isEmpty();
    }
}
