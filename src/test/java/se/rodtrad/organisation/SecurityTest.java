package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;

@RodtradTest
class SecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Environment env;

    @Test
    void health_is_up_without_login() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void pages_require_login_and_send_secure_headers() throws Exception {
        mvc.perform(get("/organisation")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/organisation").with(user("lasare")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void a_form_post_without_csrf_token_is_refused() throws Exception {
        var admin = accounts.findByUsername("admin").orElseThrow();
        mvc.perform(post("/konto/api-nycklar").with(user("admin")).param("name", "utan token")).andExpect(status().isForbidden());
        assertThat(accounts.findTokens(admin.id())).noneMatch(t -> t.name().equals("utan token"));
    }

    @Test
    void local_passwords_are_stored_hashed() {
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.passwordHash()).doesNotContain("admin").startsWith("{bcrypt}");
        assertThat(encoder.matches("admin", admin.passwordHash())).isTrue();
    }

    @Test
    void form_login_is_locked_after_repeated_failures() throws Exception {
        accounts.insert("throttle-test", "Spärr Test", encoder.encode("rätt-lösenord"), Role.READER, false);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "throttle-test").param("password", "fel"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // even the right password is refused while the account is locked
        mvc.perform(post("/login").with(csrf()).param("username", "throttle-test").param("password", "rätt-lösenord"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/organisation/units").with(httpBasic("throttle-test", "rätt-lösenord")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_successful_form_login_goes_to_the_start_page() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "politiker").param("password", "politiker"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    @WithMockUser("controller")
    void an_api_key_authenticates_until_it_is_revoked() throws Exception {
        ApiTokens.NewToken token = tokens.create("Integrationstest");
        mvc.perform(get("/api/v1/organisation/units").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisation/units").header("Authorization", "Bearer rt_fel"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/konto/api-nycklar/" + token.id() + "/aterkalla").with(user("controller")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/organisation/units").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void sessions_time_out_after_thirty_minutes() {
        assertThat(env.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void with_an_external_database_the_app_refuses_to_start_while_a_demo_password_is_in_use() {
        ExternalDatabaseAccounts check = new ExternalDatabaseAccounts(accounts, encoder, "jdbc:postgresql://db.example.se/rodtrad", "");
        ApplicationArguments args = new DefaultApplicationArguments();
        assertThatThrownBy(() -> check.run(args))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demolösenord");
    }

    @Test
    void on_the_embedded_default_demo_accounts_are_allowed() {
        ExternalDatabaseAccounts check = new ExternalDatabaseAccounts(accounts, encoder, "", "");
        check.run(new DefaultApplicationArguments());
        assertThat(accounts.findByUsername("admin")).isPresent();
    }
}
