package se.rodtrad.followup.measures;

import java.util.List;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;

/**
 * An import of indicator values: the files (several = the pages of one Kolada result, in order), their
 * format ({@code null} = recognise it from each file), what the person says about them, and whether
 * this is a dry run that only shows what would change.
 */
public record ImportRequest(ImportFormat format, List<ImportFile> files, ImportOptions options, boolean dryRun)
        implements java.io.Serializable {

    public ImportRequest {
        files = files == null ? List.of() : List.copyOf(files);
        options = options == null ? ImportOptions.none() : options;
    }
}
