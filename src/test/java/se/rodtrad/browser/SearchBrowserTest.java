package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;

/**
 * Search in a real browser: a politician searches from the field in the header and finds RTN 2023's text with the word
 * marked, narrows by kind, and follows a suggested spelling; a visitor searches the portal and finds a public grant.
 * Every page passes axe at desktop width and at 390 px, where the page itself never scrolls sideways.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTest extends BrowserTestSupport {

    private void check(Page page, String what) {
        axeAtBothWidths(page, what);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("sidans bredd vid 390 px: %s", what).isLessThanOrEqualTo(390);
        page.setViewportSize(1280, 900);
    }

    private void searchFromHeader(Page page, String words) {
        page.locator("header").getByRole(AriaRole.SEARCHBOX).fill(words);
        page.locator("header").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sök")).click();
    }

    @Test
    void a_politician_searches_from_the_header_and_a_visitor_in_the_portal() throws InterruptedException {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "politiker");
            searchFromHeader(page, "kollektivtrafik");
            page.waitForURL(u -> u.contains("/sok?q=kollektivtrafik"));
            assertThat(page.locator("[role=status]").first().textContent()).contains("träffar för \"kollektivtrafik\"");
            assertThat(page.locator(".search-hit").allTextContents()).anySatisfy(hit -> assertThat(hit).contains("Verksamhetsplan med budget 2023")
                    .contains("Plantext").contains("RTN"));
            assertThat(page.locator(".search-hit mark").first().textContent()).isEqualToIgnoringCase("kollektivtrafik");
            check(page, "sök, träffar");

            page.getByLabel("Vad").selectOption("GRANT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).last().click();
            page.waitForURL(u -> u.contains("typ=GRANT"));
            assertThat(page.locator(".notice").textContent()).contains("Inga träffar").contains("sök i allt");
            check(page, "sök, inget med filtret");

            page.getByLabel("År").fill("tjugo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).last().click();
            page.locator("#ar[aria-invalid=true]").waitFor();
            assertThat(page.locator(".error-summary a").allTextContents()).contains("Skriv året med fyra siffror, till exempel 2023.");
            check(page, "sök, felaktigt år");

            // the word list is written in the background after start
            for (int i = 0; i < 60 && !page.content().contains("Menade du"); i++) {
                page.navigate(url("/sok?q=kolektivtrafik"));
                if (!page.content().contains("Menade du")) {
                    Thread.sleep(1000);
                }
            }
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("kollektivtrafik").setExact(true)).click();
            page.waitForURL(u -> u.endsWith("/sok?q=kollektivtrafik"));
            assertThat(page.locator(".search-hit").count()).isGreaterThan(0);
        }
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = context.newPage();
            page.navigate(url("/portal"));
            searchFromHeader(page, "Kottaberget");
            page.waitForURL(u -> u.contains("/portal/sok?q=Kottaberget"));
            assertThat(page.locator(".search-hit").allTextContents()).anySatisfy(hit -> assertThat(hit).contains("Nora kommun").contains("Bidrag"));
            check(page, "portalen, sök");
        }
        assertThat(violations).isEmpty();
    }
}
