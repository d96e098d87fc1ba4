package se.rodtrad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import se.rodtrad.RodtradApplication;

/**
 * Logs in as each role, walks the pages reachable from the start page and runs axe-core on each:
 * zero WCAG 2.1 AA violations. New pages are covered as soon as something links to them.
 * On the same walk (issue #18, "Done when"): no page shows a non-administrator the machinery — a table name from the
 * Flyway migrations, a column name such as {@code plan_id}, raw JSON or the file name of a seed — and no page is wider
 * than a phone (390 × 844: {@code scrollWidth <= innerWidth}); the main pages pass axe at that width too.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest extends BrowserTestSupport {

    /** Pages of one kind (same path with ids replaced) are checked at most this often per role. */
    static final int PER_KIND = 1;
    static final Pattern SEED_FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    private final List<String> leaks = new java.util.ArrayList<>();
    static final int MAX_PAGES_PER_ROLE = 20;
    static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");
    /** Column names as the database spells them: {@code plan_id}, {@code owner_unit_id}. */
    static final Pattern COLUMN = Pattern.compile("\\b[a-z]+(?:_[a-z]+)*_id\\b");
    /** Every table the migrations create whose name could not be an ordinary word (it has an underscore). */
    static final Pattern TABLE = tableNames();
    private final List<String> overflow = new java.util.ArrayList<>();
    /** Ids used twice on one page: a label, a skip link or aria-labelledby then points at the wrong element. */
    private final List<String> duplicateIds = new java.util.ArrayList<>();
    static final Pattern SKIP = Pattern.compile("^/(logout|login|api/|v3/|swagger|actuator|webjars|css/|js/).*|.*\\.(xlsx|pdf|docx|csv|json|png|svg)$");


    static Pattern tableNames() {
        Set<String> names = new java.util.TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                java.util.regex.Matcher m = create.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    if (m.group(1).contains("_")) {
                        names.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(names).as("tabellnamn ur migreringarna").contains("plan_item", "import_run", "follow_report_snapshot");
        return Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
    }

    String base() {
        return "http://localhost:" + port;
    }

    Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(base() + "/login");
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL(base() + "/");
        return page;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "controller", "sekreterare", "handlaggare", "omradeschef", "politiker", "lasare"})
    void every_page_a_role_reaches_has_no_wcag_21_aa_violations(String username) {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = login(context, username);
            leaks.clear();
            overflow.clear();
            duplicateIds.clear();
            Set<String> visited = new LinkedHashSet<>();
            Map<String, List<String>> violations = crawl(page, "/", visited);
            assertThat(visited).as("sidor som %s nådde", username).contains("/", "/organisation", "/historik");
            if (!"admin".equals(username)) {
                assertThat(leaks).as("tabellnamn, kolumnnamn, JSON eller filnamn från demokällorna som %s såg", username).isEmpty();
            }
            assertThat(overflow).as("sidor bredare än 390 px för %s", username).isEmpty();
            assertThat(duplicateIds).as("id som står två gånger på en sida för %s", username).isEmpty();
            assertThat(violations).as("axe-violationer för %s", username).isEmpty();
        }
    }

    @Test
    void the_login_page_and_error_pages_are_accessible_without_login() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = context.newPage();
            Map<String, List<String>> violations = new HashMap<>();
            for (String path : List.of("/login", "/login?error", "/portal")) {
                page.navigate(base() + path);
                check(page, path, violations);
            }
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void a_page_that_does_not_exist_says_so_in_swedish_and_is_accessible() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = login(context, "lasare");
            page.navigate(base() + "/finns-inte");
            assertThat(page.locator("h1").textContent()).isEqualTo("Sidan finns inte");
            assertThat(Axe.violations(page)).isEmpty();
        }
    }

    @Test
    void the_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = login(context, "lasare");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement.textContent.trim()")).isEqualTo("Hoppa till innehållet");
            page.keyboard().press("Enter");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
        }
    }

    @Test
    void the_english_switch_translates_the_page_and_is_remembered() {
        try (BrowserContext context = browser.newContext(Browser.context())) {
            Page page = login(context, "lasare");
            page.getByText("English").click();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator("h1").textContent()).startsWith("Welcome");
            page.navigate(base() + "/organisation");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign out")).count()
                    + page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).count()).isPositive();
        }
    }

    private Map<String, List<String>> crawl(Page page, String start, Set<String> visitedPaths) {
        Map<String, List<String>> violations = new HashMap<>();
        Map<String, Integer> perKind = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES_PER_ROLE) {
            String path = queue.removeFirst();
            String kind = ID.matcher(path).replaceAll("{id}");
            if (!seen.add(path) || perKind.merge(kind, 1, Integer::sum) > PER_KIND) {
                continue;
            }
            var response = page.navigate(base() + path);
            visited++;
            visitedPaths.add(path);
            assertThat(response.status()).as("HTTP-status för %s", path).isLessThan(500);
            check(page, path, violations);
            // a reader sees the document a text comes from, never the seed file it was transcribed from (issue #18)
            String text = page.locator("body").innerText();
            for (Pattern leak : List.of(SEED_FILE, TABLE, COLUMN, Pattern.compile(Pattern.quote("{\"")))) {
                java.util.regex.Matcher found = leak.matcher(text);
                if (found.find()) {
                    int from = Math.max(0, found.start() - 40);
                    leaks.add(path + ": " + found.group() + " i »" + text.substring(from, Math.min(text.length(), found.end() + 40)).replace('\n', ' ') + "«");
                }
            }
            List<?> twice = (List<?>) page.evaluate("(() => { const seen = new Set(), twice = new Set();"
                    + " document.querySelectorAll('[id]').forEach(e => { if (seen.has(e.id)) { twice.add(e.id); } seen.add(e.id); });"
                    + " return Array.from(twice); })()");
            if (!twice.isEmpty()) {
                duplicateIds.add(path + ": " + twice);
            }
            // a phone: the page itself never scrolls sideways (a wide table may scroll inside its own box)
            page.setViewportSize(390, 844);
            Object widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]");
            List<?> w = (List<?>) widths;
            if (((Number) w.get(0)).intValue() > ((Number) w.get(1)).intValue()) {
                overflow.add(path + ": " + w.get(0) + " px");
            }
            if (kind.equals(path)) {
                List<String> phone = Axe.violations(page);
                if (!phone.isEmpty()) {
                    violations.put(path + " (390 px)", phone);
                }
            }
            page.setViewportSize(1280, 900);
            for (Object href : (List<?>) page.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")) {
                String link = normalise(String.valueOf(href));
                if (link != null && !seen.contains(link)) {
                    queue.addLast(link);
                }
            }
        }
        return violations;
    }

    private static String normalise(String href) {
        if (href.startsWith("#") || href.startsWith("mailto:") || href.contains("lang=")) {
            return null;
        }
        URI uri = URI.create(href.replace(" ", "%20"));
        if (uri.getHost() != null && !"localhost".equals(uri.getHost())) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || SKIP.matcher(path).matches()) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static void check(Page page, String path, Map<String, List<String>> violations) {
        List<String> found = Axe.violations(page);
        if (!found.isEmpty()) {
            violations.put(path, found);
        }
    }
}
