package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;
import se.rodtrad.planning.Plans;

/**
 * A refused form, on pages of different modules, looks and behaves the same (issue #18, item 6): the focus is on an
 * error summary "Formuläret innehåller fel" at the top that links to each field in error, and each such field carries
 * aria-invalid="true" and aria-describedby pointing to its own message — what a screen reader user needs to find and
 * correct the error without searching the page.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormErrorsBrowserTest extends BrowserTestSupport {

    @Autowired
    Plans plans;

    /** Asserts the summary has the focus, says what it is, and that every field it links to is marked with its message. */
    private void refusedAsOne(Page page, String what, String fieldId) {
        Locator summary = page.locator(".error-summary").first();
        summary.waitFor();
        page.waitForFunction("document.activeElement && document.activeElement.closest('.error-summary') !== null");
        assertThat(summary.locator("h2").innerText()).as("%s: rubrik", what).isEqualTo("Formuläret innehåller fel");
        Locator field = page.locator("#" + fieldId);
        assertThat(field.getAttribute("aria-invalid")).as("%s: aria-invalid på %s", what, fieldId).isEqualTo("true");
        String describedBy = field.getAttribute("aria-describedby");
        assertThat(describedBy).as("%s: aria-describedby på %s", what, fieldId).isNotBlank();
        String message = (String) page.evaluate("ids => ids.split(' ').map(i => document.getElementById(i)).filter(e => e && e.classList.contains('field__error')).map(e => e.textContent.trim()).join(' ')", describedBy);
        assertThat(message).as("%s: felmeddelandet vid %s", what, fieldId).isNotBlank();
        Locator link = summary.locator("a[href='#" + fieldId + "']");
        assertThat(link.count()).as("%s: länk från sammanfattningen till %s", what, fieldId).isEqualTo(1);
        // every link of the summary leads to a field marked invalid
        @SuppressWarnings("unchecked")
        List<Object> targets = (List<Object>) page.evaluate("s => Array.from(document.querySelector(s).querySelectorAll('a[href^=\"#\"]')).map(a => { const t = document.getElementById(a.getAttribute('href').slice(1)); return t ? t.getAttribute('aria-invalid') : 'saknas'; })", ".error-summary");
        assertThat(targets).as("%s: länkarnas mål", what).isNotEmpty().allMatch("true"::equals);
        link.click();
        assertThat(page.evaluate("document.activeElement.id")).as("%s: länken flyttar fokus till fältet", what).isEqualTo(fieldId);
        axe(page, what + ", refuserat formulär");
    }

    private void submit(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void a_refused_form_focuses_a_summary_that_links_to_each_invalid_field_on_every_kind_of_page() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "controller");
            // a plan: "Ny plan" without a year
            page.navigate(url("/planer/ny"));
            page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill("");
            submit(page, "Skapa planen");
            refusedAsOne(page, "ny plan", "year");
            assertThat(page.locator("#year").getAttribute("aria-describedby")).contains("year-hint");

            // a risk in the internal control plan (htmx, in place)
            page.navigate(url("/internkontroll/planer/" + plans.byKey("rtn-2026").orElseThrow().id()));
            page.fill("#nr-activity", "Ekonomi");
            page.fill("#nr-text", "");
            submit(page, "Lägg till risken");
            refusedAsOne(page, "ny risk", "nr-text");

            // an assignment's owner and deadline (htmx, in place)
            page.navigate(url("/uppdrag?year=2023"));
            page.locator("tbody tr a").first().click();
            page.waitForURL(u -> u.contains("/planer/punkter/"));
            page.getByLabel("Klart senast").fill("snart");
            submit(page, "Spara ansvar och tider");
            refusedAsOne(page, "uppdrag", "work-deadline");
            assertThat(page.getByLabel("Klart senast").inputValue()).isEqualTo("snart");
        }
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "sekreterare");
            // a case in the diary without its title
            page.navigate(url("/diarium/ny"));
            page.fill("#title", "");
            submit(page, "Diarieför");
            refusedAsOne(page, "diarieför ärende", "title");
        }
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = signIn(context, "handlaggare");
            // a grant decision with the recipient left out
            page.navigate(url("/bidrag/beslut/ny?organ=RTN"));
            submit(page, "Fatta beslut");
            refusedAsOne(page, "bidragsbeslut", "g-recipient");
        }
        assertThat(violations).isEmpty();
    }
}
