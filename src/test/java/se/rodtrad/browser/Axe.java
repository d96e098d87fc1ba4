package se.rodtrad.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (the copy bundled in the axe-core Playwright artifact) inside the page for WCAG 2.1 AA, and
 * returns one line per violation. Injected with evaluate, which no page's CSP can block, and run in the page
 * itself — much faster than opening a helper page per check.
 */
public final class Axe {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String SOURCE = load();

    private Axe() {
    }

    public static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async tags => {
                  // after a resize the page's own layout scripts (ResizeObserver: tables.js names a box that scrolls) run
                  // with the next frame, before a person could act on the page: axe looks at the page as it is then
                  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  return { rules: r.passes.length + r.violations.length + r.incomplete.length,
                           violations: r.violations.map(v => v.id + ': ' + v.help + ' '
                             + JSON.stringify(v.nodes.slice(0, 3).map(n => n.target))) };
                }""", WCAG_21_AA);
        if (((Number) result.get("rules")).intValue() == 0) {
            throw new IllegalStateException("axe körde inga regler på " + page.url());
        }
        List<String> found = new ArrayList<>();
        for (Object v : (List<?>) result.get("violations")) {
            found.add(String.valueOf(v));
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js saknas på klassvägen (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
