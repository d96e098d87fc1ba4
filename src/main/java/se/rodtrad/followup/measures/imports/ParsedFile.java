package se.rodtrad.followup.measures.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * What a parser read from one file: the rows, what the file says about its own source and publication,
 * the next page it points to (Kolada's {@code next_url}/{@code next_page}), whether it says it holds
 * generated example data, and notes for the report.
 */
public record ParsedFile(List<ImportRow> rows, String source, LocalDate published, String nextPage, boolean exempeldata,
        List<Note> notes) {
}
