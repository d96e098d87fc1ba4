package se.rodtrad.documentimport.web;

import org.springframework.stereotype.Component;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;

/** Whether the page frame offers "Dokumentimport": to those whose role may edit plans or prepare meetings. */
@Component("importNavigation")
class ImportNavigation {

    private final AccessPolicy access;

    ImportNavigation(AccessPolicy access) {
        this.access = access;
    }

    public boolean visible() {
        return access.allowsAny(Permission.EDIT_PLAN) || access.allowsAny(Permission.PREPARE_MEETING);
    }
}
