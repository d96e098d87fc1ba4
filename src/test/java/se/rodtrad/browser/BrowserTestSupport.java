package se.rodtrad.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium per browser-test class against the product on a random port: launched before the first test (or
 * skipped, failing on CI, when none is installed — see {@link Browser}) and closed after the last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    @LocalServerPort
    int port;
    Playwright playwright;
    com.microsoft.playwright.Browser browser;

    @BeforeAll
    void start() {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    /** What axe found, by the page's name and width; a test asserts it empty at its end. */
    final Map<String, List<String>> violations = new LinkedHashMap<>();

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form as a demo account (password = username) and lands on the start page. */
    Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL(url("/"));
        return page;
    }

    /** axe at desktop width and at 390 px, recording what it finds under the page's name; leaves the phone width set. */
    void axeAtBothWidths(Page page, String what) {
        List<String> desktop = Axe.violations(page);
        if (!desktop.isEmpty()) {
            violations.put(what + " (desktop)", desktop);
        }
        page.setViewportSize(390, 844);
        List<String> phone = Axe.violations(page);
        if (!phone.isEmpty()) {
            violations.put(what + " (390 px)", phone);
        }
    }

    /** axe at both widths, back at desktop width afterwards. */
    void axe(Page page, String what) {
        axeAtBothWidths(page, what);
        page.setViewportSize(1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
