package se.rodtrad.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import se.rodtrad.RodtradApplication;

/**
 * The follow-up module keeps to its boundaries: it uses organisation, planning, internalcontrol (the reports read its follow-up), audit and
 * shared, and only their APIs — and grants only for the event it listens to (GrantStatisticsImport: the register's statistics as measure values).
 */
class FollowupModuleTest {

    @Test
    void the_modules_verify_and_followup_depends_only_on_what_its_package_info_names() {
        ApplicationModules modules = ApplicationModules.of(RodtradApplication.class);
        modules.verify();
        ApplicationModule followup = modules.getModuleByName("followup").orElseThrow();
        assertThat(followup.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()).toList())
                .allMatch(n -> n.equals("organisation") || n.equals("planning") || n.equals("internalcontrol") || n.equals("audit") || n.equals("shared")
                        || n.equals("grants"));
    }
}
