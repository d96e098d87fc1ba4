package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;

/**
 * A controller produces RTN's delårsrapport 2 for 2023 in a real browser: starts the draft from the report list
 * (the texts of the submitted demo delårsrapport 1 come along, marked as copied until edited), writes the summary and
 * one goal on its own with htmx (saved without a reload, "% klart" moves), sets an assignment's status
 * with htmx without reloading, previews, submits with a confirmation — and every page on the way, the submitted
 * report and its public portal page pass axe-core (WCAG 2.1 A/AA) with every disclosure opened.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsBrowserTest extends BrowserTestSupport {

    private Page loggedIn(String username) {
        BrowserContext context = browser.newContext(Browser.context().setBypassCSP(true));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", username);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    private static List<String> violations(Page page) {
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
        return Axe.violations(page).stream().map(v -> page.url() + ": " + v).toList();
    }

    @Test
    void a_controller_creates_writes_and_submits_rtns_interim_report_and_every_page_passes_axe() {
        List<String> found = new ArrayList<>();
        Page page = loggedIn("controller");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporter").setExact(true)).first().click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Delårsrapporter och verksamhetsberättelser");
        assertThat(page.locator("table").innerText()).contains("Delårsrapport 1").contains("Inlämnad");
        found.addAll(violations(page));

        page.selectOption("#new-plan", new com.microsoft.playwright.options.SelectOption().setLabel("RTN: Verksamhetsplan med budget 2023"));
        page.selectOption("#new-occasion", "DELARSRAPPORT_2");
        page.click("text=Skapa utkast");
        assertThat(page.url()).endsWith("/redigera");
        assertThat(page.locator("#summary").inputValue()).startsWith("Regional tillväxtnämnd har under årets första fyra månader");
        // the text about the first four months came from delårsrapport 1: marked until someone edits or confirms it
        assertThat(page.locator(".report-summary .copied-mark").innerText()).isEqualTo("⚠ Kopierad från delårsrapport 1 – granska");
        found.addAll(violations(page));
        page.setViewportSize(390, 844);
        found.addAll(violations(page));
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).as("sidans bredd vid 390 px").isLessThanOrEqualTo(390);
        page.setViewportSize(1280, 900);

        page.fill("#summary", "Per augusti går nämndens arbete enligt plan. Prognosen visar ett överskott mot budget.");
        page.click("text=Spara sammanfattningen");
        assertThat(page.locator("[role=status]").first().innerText()).contains("Texterna är sparade");
        assertThat(page.locator(".report-summary .copied-mark").count()).isZero();

        // one goal written and saved on its own with htmx: no reload, the goal says so, and "% klart" moves
        String before = page.locator("#report-progress .progress-percent").innerText();
        assertThat(before).isEqualTo("0 % klart");
        page.waitForFunction("() => window.htmx !== undefined");
        page.evaluate("window.__sammaSida = true");
        Locator goal = page.locator("#mal-0");
        goal.locator("#analysis-0").fill("Målet bedöms utifrån senast publicerade statistik.");
        goal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara målet")).click();
        page.locator("#mal-0 [role=status]").waitFor();
        assertThat(page.locator("#mal-0 [role=status]").innerText()).isEqualTo("Målet är sparat.");
        assertThat(page.locator("#mal-0 .report-goal-meta").innerText()).contains("Skriven");
        assertThat(page.locator("#report-progress .progress-percent").innerText()).isNotEqualTo(before).endsWith("% klart");
        assertThat(page.locator("#report-progress").innerText()).contains("1 av ");
        assertThat(page.evaluate("window.__sammaSida === true")).isEqualTo(true);
        assertThat(page.locator("#mal-0 .report-goal-figures").innerText()).contains("Styrtalen");
        found.addAll(violations(page));
        page.setViewportSize(390, 844);
        found.addAll(violations(page));
        page.setViewportSize(1280, 900);
        String edit = page.url();
        if (edit.contains("#")) {
            edit = edit.substring(0, edit.indexOf('#'));
        }
        String reportUrl = edit.substring(0, edit.length() - "/redigera".length());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uppdragens status")).first().click();
        assertThat(page.locator("h1").innerText()).contains("Delårsrapport 2");
        found.addAll(violations(page));
        page.evaluate("window.__sammaSida = true");
        Locator row = page.locator("tbody tr").first();
        row.locator("select").selectOption("GENOMFORT");
        row.locator("textarea").fill("Aktivitetsplanen är genomförd.");
        row.locator("button").click();
        Locator saved = page.locator("tbody tr").first();
        assertThat(saved.locator("[role=status]").innerText()).contains("Statusen är sparad");
        assertThat(saved.innerText()).contains("Genomfört").contains("Aktivitetsplanen är genomförd.");
        assertThat(page.evaluate("window.__sammaSida === true")).isEqualTo(true);
        found.addAll(violations(page));

        page.navigate(reportUrl);
        assertThat(page.locator("main").innerText()).contains("Utkast").contains("Per augusti går nämndens arbete enligt plan.")
                .contains("Aktivitetsplanen är genomförd.").contains("Intern kontroll").contains("Ekonomi");
        found.addAll(violations(page));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lämna in").setExact(true)).first().click();
        found.addAll(violations(page));
        page.click("text=Lämna in rapporten");
        assertThat(page.url()).isEqualTo(reportUrl);
        assertThat(page.locator("main").innerText()).contains("Rapporten är inlämnad").contains("ögonblicksbild");
        found.addAll(violations(page));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporten i den öppna portalen")).click();
        found.addAll(violations(page));
        page.context().close();

        Page visitor = browser.newContext(Browser.context().setBypassCSP(true)).newPage();
        visitor.navigate(url("/portal/rapporter"));
        assertThat(visitor.locator("main").innerText()).contains("Delårsrapport 2 – Regional tillväxtnämnd 2023");
        found.addAll(violations(visitor));
        visitor.context().close();

        assertThat(found).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_submit_page_says_what_nobody_has_reviewed_before_anyone_presses_and_passes_axe() {
        // the demo's verksamhetsberättelse is a draft whose summary came from delårsrapport 1 and nobody has looked at it
        String id = jdbc.sql("select id::text from follow_report where exempeldata and status = 'DRAFT' and occasion = 'VERKSAMHETSBERATTELSE'")
                .query(String.class).list().get(0);
        Page page = loggedIn("controller");
        page.navigate(url("/uppfoljning/rapporter/" + id + "/lamna-in"));
        assertThat(page.locator("h1").innerText()).startsWith("Lämna in verksamhetsberättelse – ");
        assertThat(page.locator(".alert--warning").innerText()).contains("Sammanfattningen är kopierad från förra rapporten");
        assertThat(page.locator("main").innerText()).contains("Granska de kopierade texterna");
        List<String> found = new ArrayList<>(violations(page));
        page.setViewportSize(390, 844);
        found.addAll(violations(page));
        page.setViewportSize(1280, 900);

        page.click("text=Lämna in rapporten");
        assertThat(page.locator("[role=alert]").innerText()).contains("Sammanfattningen är kopierad från förra rapporten");
        assertThat(page.url()).endsWith("/lamna-in");
        found.addAll(violations(page));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Granska de kopierade texterna")).click();
        assertThat(page.url()).endsWith("/redigera");
        page.context().close();
        assertThat(found).isEmpty();
    }

    @Test
    void a_reader_opens_the_region_wide_annual_report_from_the_report_list_and_it_passes_axe() {
        Page page = loggedIn("lasare");
        page.navigate(url("/uppfoljning/rapporter"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Årsredovisning: alla nämnders verksamhetsberättelser")).click();
        assertThat(page.locator("h1").innerText()).startsWith("Årsredovisning");
        page.selectOption("#annual-year", "2023");
        page.locator("form[action$='/arsredovisning'] button[type=submit]").click();
        page.waitForURL(u -> u.contains("ar=2023"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Årsredovisning 2023: Region Örebro län");
        assertThat(page.locator("table.annual-overview caption").innerText()).startsWith("Översikt 2023");
        assertThat(page.locator("table.annual-overview").innerText()).contains("Regional tillväxtnämnd").contains("Utkast, ej inlämnad")
                .contains("mnkr");
        List<String> found = new ArrayList<>(violations(page));
        page.context().close();
        assertThat(found).isEmpty();
    }
}
