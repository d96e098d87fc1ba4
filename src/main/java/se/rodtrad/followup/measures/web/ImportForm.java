package se.rodtrad.followup.measures.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The import form's fields as typed. {@code selections} and {@code columns} are written "kod=värde",
 * separated by commas or new lines ("Civilstand=OG", "varde=brp_per_inv_tkr").
 */
record ImportForm(String format, String url, String measure, String unit, String selections, String columns, String source,
        String published, Boolean exempeldata, Boolean confirmImplausible) {

    static ImportForm empty() {
        return new ImportForm("", "", "", "", "", "", "", "", false, false);
    }

    ImportFormat formatOrNull() {
        String f = Texts.trimToNull(format);
        if (f == null) {
            return null;
        }
        ImportFormat known = se.rodtrad.shared.web.FormInput.enumOrNull(ImportFormat.class, f);
        if (known == null) {
            throw ValidationException.of("format", "followup.import.validation.format", f);
        }
        return known;
    }

    ImportOptions options() {
        se.rodtrad.shared.web.FormInput in = new se.rodtrad.shared.web.FormInput();
        LocalDate date = in.date("published", published, "followup.validation.date");
        in.check();
        return new ImportOptions(Texts.trimToNull(measure), Texts.trimToNull(unit), pairs("selections", selections),
                pairs("columns", columns), Texts.trimToNull(source), date, Boolean.TRUE.equals(exempeldata),
                Boolean.TRUE.equals(confirmImplausible));
    }

    static Map<String, String> pairs(String field, String text) {
        Map<String, String> result = new LinkedHashMap<>();
        if (text == null) {
            return result;
        }
        for (String part : text.split("[,\\n;]")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0 || eq == t.length() - 1 || t.length() > 200) {
                throw ValidationException.of(field, "followup.import.validation.pair", t.length() > 40 ? t.substring(0, 40) + "…" : t);
            }
            result.put(t.substring(0, eq).strip(), t.substring(eq + 1).strip());
        }
        return result;
    }
}
