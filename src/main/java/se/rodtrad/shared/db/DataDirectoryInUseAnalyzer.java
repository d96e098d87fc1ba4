package se.rodtrad.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link EmbeddedPostgresConfiguration.DataDirectoryInUse} into its one line, without a stack trace. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresConfiguration.DataDirectoryInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresConfiguration.DataDirectoryInUse cause) {
        return new FailureAnalysis(cause.getMessage(), "Säkerhetskopia medan produkten körs: curl -u admin -o rodtrad-backup.zip "
                + "http://localhost:8080/api/v1/admin/backup", cause);
    }
}
