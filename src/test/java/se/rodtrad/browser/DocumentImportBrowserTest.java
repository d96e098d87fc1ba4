package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;
import se.rodtrad.documentimport.Seeds;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.planning.Change;
import se.rodtrad.planning.Comparison;
import se.rodtrad.planning.ComparisonEntry;
import se.rodtrad.planning.PlanComparison;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * The controller imports RTN's plan 2023 (seed 000, as the text a PDF gives) in a real browser: uploads it, reviews the
 * proposal beside the document, corrects one indicator's target form, accepts an item with the keyboard and confirms.
 * The draft plan then compares to the decided RTN 2023 with no unexpected differences: every item found again with
 * its wording, none removed, every target of the same form. Every page passes axe (WCAG 2.1 AA) at desktop and 390 px.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentImportBrowserTest extends BrowserTestSupport {

    @Autowired
    Plans plans;
    @Autowired
    PlanComparison comparison;

    @Test
    void a_controller_imports_rtn_2023_corrects_an_item_and_confirms_a_draft_that_continues_the_decided_plan() {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = signIn(context, "controller");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dokumentimport").setExact(true)).click();
            page.waitForURL(url("/dokumentimport"));
            axe(page, "importer");

            page.getByLabel("Verksamhetsplan (mål, styrtal, uppdrag, budget)").check();
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Organ")).selectOption(new SelectOption().setLabel("Regional tillväxtnämnd"));
            page.getByLabel("Fil").setInputFiles(new FilePayload("vp-rtn-2023.txt", "text/plain", Seeds.rtn2023()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in och föreslå struktur")).click();
            page.waitForURL(u -> u.contains("/dokumentimport/") && !u.endsWith("/dokumentimport"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent()).contains("vp-rtn-2023.txt");
            assertThat(page.locator(".proposal-item").count()).isGreaterThan(120);
            axe(page, "granskning");

            // the indicator whose wording reads as a direction but which the plan only reports: corrected by hand
            Locator item = page.locator(".proposal-item").filter(new Locator.FilterOptions()
                    .setHasText("Andel samverkansaktörer som bedömer att förutsättningar för matchning och kompetensförsörjning stärkts."));
            assertThat(item.textContent()).contains("jämfört med föregående värde");
            item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rätta")).click();
            page.waitForURL(u -> u.endsWith("/andra"));
            axe(page, "rätta punkt");
            page.getByLabel("Målvärdesform").selectOption("REPORT_ONLY");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara rättelsen")).click();
            page.waitForURL(u -> u.contains("punkt="));
            Locator corrected = page.locator(".proposal-item--current");
            assertThat(corrected.textContent()).contains("Rättad").contains("endast redovisning");
            assertThat(page.locator(".doc-line--current").first().textContent()).contains("Andel samverkansaktörer");

            // splitting is offered on its own page; looked at and left
            page.locator(".proposal-item").nth(3).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dela")).click();
            page.waitForURL(u -> u.endsWith("/dela"));
            axe(page, "dela punkt");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avbryt")).click();
            page.waitForURL(u -> u.contains("punkt="));

            // the keyboard: j moves to the next item after the corrected one, a accepts it
            String correctedId = corrected.getAttribute("id");
            page.locator("h1").click();
            page.keyboard().press("j");
            String focused = (String) page.evaluate("() => document.activeElement.id");
            assertThat(focused).startsWith("p-").isNotEqualTo(correctedId);
            page.keyboard().press("a");
            page.waitForURL(u -> u.contains("punkt=" + focused.substring(2)));
            assertThat(page.locator("#" + focused).textContent()).contains("Godtagen");

            // a title of its own, so the draft is not mistaken for the decided plan in other pages' lists
            page.getByLabel("Planens titel").fill("Verksamhetsplan med budget 2023 (importerad)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta och skapa")).click();
            Locator open = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna planen"));
            open.waitFor();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Utkastet till plan skapades");
            axe(page, "bekräftad import");
            String href = open.getAttribute("href");
            UUID planId = UUID.fromString(href.substring(href.lastIndexOf('/') + 1));

            PlanSummary decided = plans.all().stream().filter(p -> p.key().equals("rtn-2023")).findFirst().orElseThrow();
            Comparison c = Acting.as("controller", () -> comparison.compare(decided.id(), planId));
            assertThat(c.entries()).filteredOn(e -> e.change() == Change.REMOVED).isEmpty();
            assertThat(c.entries()).filteredOn(e -> e.change() == Change.NEW).isEmpty();
            assertThat(c.entries()).filteredOn(e -> !e.diff().isEmpty()).isEmpty();
            for (ComparisonEntry e : c.entries()) {
                if (e.from().item().target() != null) {
                    assertThat(e.to().item().target().form()).as(e.to().text()).isEqualTo(e.from().item().target().form());
                }
            }
            page.navigate(url(href));
            assertThat(page.locator("body").textContent()).contains("Utkast");
            page.navigate(url("/dokumentimport"));
            assertThat(page.locator("table").textContent()).contains("vp-rtn-2023.txt").contains("Bekräftad");
            axe(page, "importer med en bekräftad");
        }
        assertThat(violations).as("axe-core WCAG 2.1 AA").isEmpty();
    }
}
