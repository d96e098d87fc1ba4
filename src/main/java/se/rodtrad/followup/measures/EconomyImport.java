package se.rodtrad.followup.measures;

import java.util.List;
import java.util.UUID;
import se.rodtrad.followup.measures.imports.ImportFormat;

/**
 * The import path's port for the economy template. Every file comes in through one path (Uppföljning → Importer,
 * {@code /api/v1/imports}) and lands in one log of import runs; but budget, outcome and forecast per area are the
 * economy's figures, so the economy reads the template, compares it with what it keeps ({@link #prepare}) and writes
 * its figures once the run has its id ({@link Prepared#write}). The import path knows no economy table.
 */
public interface EconomyImport {

    /**
     * Reads the files (each of an economy format) and compares them with the stored figures: nothing is written yet.
     * With {@code checkAccess} whoever imports must be allowed to edit the budget of every area the files name.
     */
    Prepared prepare(List<ImportFile> files, List<ImportFormat> formats, boolean dryRun, boolean exempeldata, String actor,
            boolean checkAccess);

    /** An import read and compared: its report (all a dry run gives), and the writing it stands for. */
    interface Prepared {

        ImportReport report();

        /** Writes the figures under the import run's id, in the import's transaction. */
        void write(UUID importId);
    }
}
