package se.rodtrad.documentimport.web;

import org.springframework.stereotype.Component;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;

/** Whether the page frame offers "Dokumentimport": to those whose role may edit plans or prepare meetings. */
@Component("importNavigation")
class ImportNavigation {

    private final AccessPolicy access;

    ImportNavigation(AccessPolicy access) {
        this.access = access;
    }

    public boolean visible() {
        CurrentUser user = access.currentUser();
        return !user.isAnonymous() && user.role() != null
                && (user.role().grants(Permission.EDIT_PLAN) || user.role().grants(Permission.PREPARE_MEETING));
    }
}
