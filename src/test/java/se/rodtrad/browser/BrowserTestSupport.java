package se.rodtrad.browser;

import com.microsoft.playwright.Playwright;
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
