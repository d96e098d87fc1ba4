package se.rodtrad.followup.measures.imports;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the person importing says about the file where the file does not say it itself.
 *
 * @param measure    our measure code, for files that do not name one (SCB tables, a template CSV
 *                   without a measure column); overrides nothing a file states
 * @param unit       the unit, for SCB tables without a region dimension
 * @param selections SCB dimensions with several values: the one to import ("Civilstand" → "OG")
 * @param columns    own column names of a template CSV: our column → theirs ("period" → "ar")
 * @param source     the source to record when the file names none
 * @param published  the publication date to record when the file gives none
 * @param exempeldata the values are generated example data, to be labelled as such everywhere
 * @param confirmImplausible the person has checked the values the import held as implausible (far outside the
 *                   measure's unit or history) and they are to be written
 */
public record ImportOptions(
        String measure,
        String unit,
        Map<String, String> selections,
        Map<String, String> columns,
        String source,
        LocalDate published,
        boolean exempeldata,
        boolean confirmImplausible) implements java.io.Serializable {

    public static ImportOptions none() {
        return new ImportOptions(null, null, Map.of(), Map.of(), null, null, false, false);
    }

    /** Options without the confirmation of implausible values: those are held. */
    public ImportOptions(String measure, String unit, Map<String, String> selections, Map<String, String> columns, String source,
            LocalDate published, boolean exempeldata) {
        this(measure, unit, selections, columns, source, published, exempeldata, false);
    }

    public ImportOptions {
        selections = selections == null ? Map.of() : Map.copyOf(selections);
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }
}
