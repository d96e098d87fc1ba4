package se.rodtrad.shared.demo;

import java.util.List;
import java.util.Map;

/**
 * Reading the demo data's YAML (see {@code demo/README.md}), the same way in every module's loader: plain values as
 * text, and the {@code source} references to the seeds ({@code {seed: 000, lines: 120-135}}, or a list of them) as
 * the short form shown with the data, "000 r. 120-135".
 */
public final class DemoYaml {

    private DemoYaml() {
    }

    /** The value as text; null stays null. */
    public static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** A seed reference, or a list of them joined by "; ", as "seed r. lines"; any other value as text. */
    public static String source(Object o) {
        if (o instanceof List<?> refs) {
            return String.join("; ", refs.stream().map(DemoYaml::source).toList());
        }
        if (o instanceof Map<?, ?> m) {
            return m.get("seed") + (m.get("lines") == null ? "" : " r. " + m.get("lines"));
        }
        return str(o);
    }
}
