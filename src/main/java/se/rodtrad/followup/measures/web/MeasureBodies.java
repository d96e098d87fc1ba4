package se.rodtrad.followup.measures.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.shared.web.Fragments;

/**
 * A measure's page above its entry form — facts, chart and table of values ({@code followup/measure-body :: measureBody}) —
 * kept per measure, sex, choice of units and language while the measure's stamp stays the same
 * ({@link IndicatorValues#pageStamp}: a new, imported or revised value, a changed measure, a renamed unit or
 * comparison group moves it). Reading the shown values, drawing the chart and formatting every cell was most of the
 * page's cost, and the part is the same for every reader: the entry form (with its CSRF token) and whether it is
 * shown at all are rendered around it on every request.
 */
@Component
class MeasureBodies {

    /** Kept bodies: at most this many (a nationwide measure's is about 50 kB). */
    static final int CAPACITY = 256;

    private record Key(UUID measureId, Gender gender, boolean showAll, Locale locale, String contextPath) {
    }

    private record Kept(String stamp, String html) {
    }

    private final IndicatorValues values;
    private final Fragments fragments;
    private final Map<Key, Kept> kept = Fragments.lru(CAPACITY);
    private volatile boolean enabled = true;

    MeasureBodies(IndicatorValues values, Fragments fragments) {
        this.values = values;
        this.fragments = fragments;
    }

    /**
     * The body's HTML, or null when keeping is off (the page then renders the body itself). {@code model} is called
     * only when the kept body is missing or stale, after the stamp is read: a change committed meanwhile is in what
     * it reads and moves the stamp, so the next view renders anew.
     */
    String body(UUID measureId, Gender gender, boolean showAll, Locale locale, HttpServletRequest request, HttpServletResponse response,
            Supplier<Map<String, Object>> model) {
        if (!enabled) {
            return null;
        }
        Key key = new Key(measureId, gender, showAll, locale, request.getContextPath());
        String stamp = values.pageStamp(measureId);
        Kept k = kept.get(key);
        if (k == null || !k.stamp().equals(stamp)) {
            k = new Kept(stamp, fragments.render("followup/measure-body", "measureBody", model.get(), locale, request, response));
            kept.put(key, k);
        }
        return k.html();
    }

    /** For tests: compare the kept body with the page rendering it itself. */
    void setEnabled(boolean enabled) {
        // what is kept stays: switched on again, each entry is still checked against the stamp before it is served
        this.enabled = enabled;
    }

    int size() {
        return kept.size();
    }

    /** For tests: what is kept now. */
    java.util.List<String> keptBodies() {
        synchronized (kept) {
            return kept.values().stream().map(Kept::html).toList();
        }
    }
}
