package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.RodtradApplication;
import se.rodtrad.planning.Plans;

/**
 * The internal control pages in a real browser: every page passes axe-core (WCAG 2.1 A/AA) with all its
 * forms opened, and an assessment saved with htmx swaps the risk and the matrix without reloading the page.
 * Skipped, with the reason, where no Chromium is installed.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InternalControlBrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void launch() {
        playwright = se.rodtrad.browser.Browser.playwright();
        browser = se.rodtrad.browser.Browser.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page loggedIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", username);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static List<String> violations(Page page) {
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
        return se.rodtrad.browser.Axe.violations(page).stream().map(v -> page.url() + ": " + v).toList();
    }

    @Test
    void every_internal_control_page_passes_axe_for_an_editor_and_a_reader() {
        List<String> found = new ArrayList<>();
        for (String user : List.of("controller", "lasare")) {
            Page page = loggedIn(user);
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Internkontroll").setExact(true)).first().click();
            found.addAll(violations(page));
            for (String key : List.of("rtn-2023", "rtn-2020", "rs-2024", "rtn-2026")) {
                page.navigate(url("/internkontroll/planer/" + plans.byKey(key).orElseThrow().id()));
                found.addAll(violations(page));
            }
            String rtn2023 = plans.byKey("rtn-2023").orElseThrow().id().toString();
            for (String path : List.of("/internkontroll/bedomningar?ar=2023", "/internkontroll/regionovergripande?ar=2020",
                    "/internkontroll/planer/" + rtn2023 + "/uppfoljning/VERKSAMHETSBERATTELSE")) {
                page.navigate(url(path));
                found.addAll(violations(page));
            }
            page.context().close();
        }
        assertThat(found).isEmpty();
    }

    @Test
    void an_assessment_saved_with_htmx_updates_the_risk_and_the_matrix_without_reloading() {
        UUID plan = TestPlans.create(context, "RTN", TestPlans.newYear(), "DRAFT");
        Page page = loggedIn("controller");
        page.navigate(url("/internkontroll"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta internkontrollplan för RTN: Verksamhetsplan med budget "
                + jdbc.sql("select year from plan where id = ?").param(plan).query(Integer.class).single())).click();
        page.fill("#nr-activity", "Ekonomi");
        page.fill("#nr-text", "Risken att stödbeslut fattas utan delegation.");
        page.click("text=Lägg till risken");
        Locator risk = page.locator("article.risk").first();
        assertThat(risk.innerText()).contains("Risken att stödbeslut fattas utan delegation.").contains("Inte bedömd");

        page.evaluate("window.__sammaSida = true");
        risk.locator("summary", new Locator.LocatorOptions().setHasText("Bedöm risken")).click();
        risk.getByLabel("Sannolikhet").selectOption("3");
        risk.getByLabel("Konsekvens").selectOption("4");
        risk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara bedömningen")).click();
        page.locator("article.risk").first().getByText("Riskvärde 12, mycket hög").waitFor();

        assertThat(page.locator("article.risk").first().innerText()).contains("Sparat.");
        assertThat(page.locator("#matrix caption").innerText()).startsWith("Riskmatris: 1 bedömda risker");
        assertThat(page.locator("#matrix").innerText()).contains("1 risk");
        assertThat(page.evaluate("window.__sammaSida === true")).isEqualTo(true);

        // accepting without a reason: the Swedish message, and nothing saved
        Locator updated = page.locator("article.risk").first();
        updated.locator("summary", new Locator.LocatorOptions().setHasText("Besluta")).click();
        updated.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Accepteras")).check();
        updated.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara beslutet")).click();
        page.locator("article.risk .field__error").waitFor();
        assertThat(page.locator("article.risk .field__error").innerText())
                .contains("Ange skäl för att acceptera risken \"Risken att stödbeslut fattas utan delegation.\"");
        assertThat(page.locator("article.risk").first().innerText()).contains("Inget beslut");
        page.context().close();
    }
}
