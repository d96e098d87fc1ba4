package se.rodtrad.meetings;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every decision a module reports as taken under delegation, for the body's report (KL 6 kap. 40 §). A decision
 * reported twice — a publication repeated after a crash — is kept once, by its source id.
 */
@Component
class DelegatedDecisionRecorder {

    private final DelegationRepository repository;

    DelegatedDecisionRecorder(DelegationRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(DelegatedDecisionMade decision) {
        repository.keep(decision, "system");
    }
}
