package se.rodtrad.planning;

import se.rodtrad.fixtures.Acting;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.rodtrad.RodtradApplication;
import se.rodtrad.organisation.Organisation;

/**
 * The planning pages in a real browser: the tree, the röd tråd view, editing in place with htmx, a proposal from
 * submission to acceptance, the comparison and the yearly cycle — each with zero axe-core violations (WCAG 2.1
 * A/AA), forms open. Skipped, with the reason, where no Chromium is installed.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanningBrowserTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;

    @BeforeAll
    static void launch() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path chromium = configured != null ? Path.of(configured) : Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Ingen Chromium på " + chromium + " – på CI ska .ci/run ha installerat den");
        }
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Ingen Chromium på " + chromium + " (sätt CHROMIUM_PATH); webbläsartesterna hoppas över");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page loggedIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", username);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    private static void axe(Page page, String what, Map<String, List<String>> violations) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
        }
        if (!found.isEmpty()) {
            violations.put(what, found);
        }
    }

    private UUID demoPlan(String key) {
        return Acting.as("admin", () -> plans.byKey(key).orElseThrow().id());
    }

    private UUID item(String planKey, String text) {
        return Acting.as("admin", () -> model.items(plans.byKey(planKey).orElseThrow().id()).stream().filter(i -> i.text().equals(text))
                .findFirst().orElseThrow().id());
    }

    @Test
    void the_tree_the_red_thread_the_comparison_search_and_the_yearly_cycle_pass_axe() {
        Page page = loggedIn("controller");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        UUID y2026 = demoPlan("rtn-2026");
        UUID y2023 = demoPlan("rtn-2023");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("planlista", "/planer");
        pages.put("plan 2026 (träd)", "/planer/" + y2026);
        pages.put("plan 2023 (beslutad)", "/planer/" + y2023);
        pages.put("röd tråd, handlingsplan → RUS", "/planer/punkter/" + item("hp-halsa-2019-2022", "Förstärka insatserna för måluppfyllelse i skolan"));
        pages.put("röd tråd, fokusområde", "/planer/punkter/" + item("rtn-2026", "Tidiga insatser för barn och unga"));
        pages.put("jämförelse", "/planer/jamfor?fran=" + y2023 + "&till=" + y2026);
        pages.put("koppla mellan åren", "/planer/" + y2026 + "/koppla?fran=" + y2023);
        pages.put("sök", "/planer/sok?q=g%C3%A4stn%C3%A4tter");
        pages.put("årshjul", "/planer/" + y2026 + "/arshjul");
        pages.put("årshjul, alla", "/planer/arshjul");
        pages.put("ändringsförslag", "/planer/" + y2026 + "/forslag");
        pages.put("nytt förslag", "/planer/" + y2026 + "/forslag/ny");
        pages.put("ny plan", "/planer/ny");
        for (var p : pages.entrySet()) {
            var response = page.navigate(url(p.getValue()));
            assertThat(response.status()).as(p.getKey()).isEqualTo(200);
            axe(page, p.getKey(), violations);
        }
        // the tree folds: a perspective or goal closes and opens again
        page.navigate(url("/planer/" + y2026));
        var first = page.locator("details.plan-node").first();
        assertThat(first.getAttribute("open")).isNotNull();
        first.locator("summary").first().click();
        assertThat(first.getAttribute("open")).isNull();
        // the comparison shows the 2026 novelty as new
        page.navigate(url("/planer/jamfor?fran=" + y2023 + "&till=" + y2026 + "&typ=GOAL"));
        assertThat(page.locator("tr:has-text('Tidiga insatser för barn och unga')").first().textContent()).contains("Ny");
        // a task page of the cycle
        page.navigate(url("/planer/" + y2026 + "/arshjul"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Näringslivsutveckling")).first().click();
        assertThat(page.locator("h1").textContent()).contains("Presentation av insatser och utmaningar");
        axe(page, "uppgift", violations);
        assertThat(violations).isEmpty();
    }

    @Test
    void an_indicator_is_edited_in_place_with_htmx_the_interval_asks_for_its_second_bound_and_the_tree_updates() {
        UUID rtn = Acting.as("admin", () -> organisation.unitByCode("RTN").orElseThrow().id());
        PlanSummary plan = Acting.as("admin", () -> editing.createPlan(new CreatePlan(rtn, 2098, "Verksamhetsplan med budget 2098", null, null)));
        PlanItem goal = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Målsättning", "Nr 9",
                "En långsiktig och stark kompetensförsörjning.", null, null, null)));
        PlanItem indicator = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), goal.id(), ItemType.INDICATOR, null, null,
                "Hållbart medarbetarengagemang (HME) ska ligga inom intervallet 77–80.", null, null,
                new TargetDraft("PREVIOUS_VALUE", "INCREASE", null, null, null, null, null, null, null, null, null, null, null, null))));
        Map<String, List<String>> violations = new LinkedHashMap<>();
        Page page = loggedIn("controller");
        page.navigate(url("/planer/" + plan.id()));
        String slot = "#edit-" + indicator.id();
        page.locator("#punkt-" + indicator.id() + " .edit-link a").click();
        page.locator(slot + " form[hx-post]").waitFor();
        assertThat(page.url()).isEqualTo(url("/planer/" + plan.id()));   // in place, no navigation
        axe(page, "redigeringsformulär i trädet", violations);

        page.selectOption("#f-" + indicator.id() + "-target-form", "INTERVAL");
        page.locator("#f-" + indicator.id() + "-target-lower").waitFor();
        page.fill("#f-" + indicator.id() + "-target-lower", "77");
        page.locator(slot + " button[type=submit]:has-text('Spara')").click();
        page.locator(slot + " .alert--error").waitFor();
        assertThat(page.locator(slot).textContent()).contains("Ett intervall behöver en övre gräns.");
        axe(page, "formulär med fel", violations);

        page.fill("#f-" + indicator.id() + "-target-upper", "80");
        page.locator(slot + " button[type=submit]:has-text('Spara')").click();
        page.locator(slot + " .alert--success").waitFor();
        assertThat(page.locator("#target-" + indicator.id()).textContent()).contains("Ska ligga inom 77–80");
        axe(page, "efter sparande", violations);
        assertThat(Acting.as("admin", () -> model.item(indicator.id())).target().form()).isEqualTo(TargetForm.INTERVAL);
        assertThat(violations).isEmpty();
    }

    @Test
    void a_party_group_submits_a_proposal_and_the_secretary_accepts_it_into_the_plan() {
        UUID rtn = Acting.as("admin", () -> organisation.unitByCode("RTN").orElseThrow().id());
        PlanSummary plan = Acting.as("admin", () -> editing.createPlan(new CreatePlan(rtn, 2099, "Verksamhetsplan med budget 2099", null, null)));
        PlanItem focus = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Fokusområde", "4.2",
                "Tidiga insatser för barn och unga", null, null, null)));
        Map<String, List<String>> violations = new LinkedHashMap<>();

        Page politician = loggedIn("politiker");
        politician.navigate(url("/planer/" + plan.id() + "/forslag/ny"));
        politician.selectOption("#submitterType", "PARTY_GROUP");
        politician.fill("#submitter", "Centerpartiets partigrupp");
        politician.fill("#title", "Landsbygdens barn");
        politician.selectOption("#c0-action", "ADD");
        politician.selectOption("#c0-item", focus.id().toString());
        politician.selectOption("#c0-type", "ASSIGNMENT");
        politician.fill("#c0-text", "Att nå barn och unga på landsbygden med tidiga insatser.");
        politician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna in förslaget")).click();
        politician.locator("h1:has-text('Landsbygdens barn')").waitFor();
        axe(politician, "förslaget, inlämnat", violations);

        Page secretary = loggedIn("sekreterare");
        secretary.navigate(politician.url());
        axe(secretary, "förslaget med beslutsformulär", violations);
        secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bifall – för in i planen")).click();
        secretary.locator("text=Beslutet är registrerat.").waitFor();
        secretary.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Punkten i planen")).click();
        assertThat(secretary.locator("h1").textContent()).contains("Att nå barn och unga på landsbygden med tidiga insatser.");
        assertThat(secretary.locator("body").textContent()).contains("Förslag 1");
        axe(secretary, "punkten från förslaget", violations);
        assertThat(violations).isEmpty();
    }
}
