package se.rodtrad.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With an external database (a real installation) the demo passwords must not open anything: the product
 * refuses to start while any demo account still has its demo password. The first administrator gets the
 * password given in {@code rodtrad.admin.initial-password}.
 */
@Component
@Order(OrganisationDemoData.ORDER + 1)
class ExternalDatabaseAccounts implements ApplicationRunner {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final boolean external;
    private final String initialAdminPassword;

    ExternalDatabaseAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${rodtrad.admin.initial-password:}") String initialAdminPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.external = !datasourceUrl.isBlank();
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!external) {
            return;
        }
        refuseDemoPasswords();
        if (accounts.count() == 0) {
            if (initialAdminPassword.isBlank() || initialAdminPassword.equals("admin")) {
                throw new IllegalStateException("Databasen har inga konton. Starta med RODTRAD_ADMIN_INITIAL_PASSWORD satt till ett "
                        + "starkt lösenord för det första administratörskontot 'admin'.");
            }
            accounts.insert("admin", "Administratör", passwordEncoder.encode(initialAdminPassword), Role.ADMINISTRATOR, false);
        }
    }

    void refuseDemoPasswords() {
        for (UserAccountRepository.Account demo : accounts.findDemoAccounts()) {
            if (demo.enabled() && demo.passwordHash() != null && passwordEncoder.matches(demo.username(), demo.passwordHash())) {
                throw new IllegalStateException("Demokontot '" + demo.username() + "' har fortfarande sitt demolösenord. "
                        + "Med en extern databas startar Röd tråd inte förrän lösenordet är bytt eller kontot avstängt.");
            }
        }
    }
}
