package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    String lastOutcome(String name, String source) {
        return jdbc.sql("select outcome from login_attempt where username = ? and source = ? order by id desc limit 1")
                .params(name, source).query(String.class).single();
    }

    @Test
    void failed_logins_slow_that_name_from_that_address_and_never_lock_the_account() throws Exception {
        accounts.insert("throttle-test", "Spärr Test", encoder.encode("rätt-lösenord"), Role.READER, false);
        for (int i = 0; i < LoginDelay.FREE_PER_NAME_AND_SOURCE; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("192.0.2.10")).param("username", "throttle-test").param("password", "fel"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // from the guessing address even the right password waits, and is not checked
        mvc.perform(post("/login").with(csrf()).with(from("192.0.2.10")).param("username", "throttle-test")
                .param("password", "rätt-lösenord")).andExpect(redirectedUrl("/login?error"));
        assertThat(lastOutcome("throttle-test", "192.0.2.10")).isEqualTo("THROTTLED");
        mvc.perform(get("/api/v1/organisation/units").with(from("192.0.2.10")).with(httpBasic("throttle-test", "rätt-lösenord")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        // the rightful person from their own computer is never refused, form and Basic
        mvc.perform(post("/login").with(csrf()).with(from("198.51.100.20")).param("username", "throttle-test")
                .param("password", "rätt-lösenord")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/organisation/units").with(from("198.51.100.21")).with(httpBasic("throttle-test", "rätt-lösenord")))
                .andExpect(status().isOk());
    }

    @Test
    void a_name_without_an_account_gets_the_same_answers_as_one_with() throws Exception {
        accounts.insert("finns-test", "Finns Test", encoder.encode("hemligt-lösenord"), Role.READER, false);
        for (String name : java.util.List.of("finns-test", "finns-inte-test")) {
            for (int i = 0; i < LoginDelay.FREE_PER_NAME_AND_SOURCE; i++) {
                mvc.perform(post("/login").with(csrf()).with(from("192.0.2.30")).param("username", name).param("password", "fel"))
                        .andExpect(redirectedUrl("/login?error"));
                assertThat(lastOutcome(name, "192.0.2.30")).isEqualTo("FAILED");
            }
            mvc.perform(post("/login").with(csrf()).with(from("192.0.2.30")).param("username", name).param("password", "fel"))
                    .andExpect(redirectedUrl("/login?error"));
            assertThat(lastOutcome(name, "192.0.2.30")).isEqualTo("THROTTLED");
        }
    }

    @Test
    void every_failed_and_throttled_login_is_recorded_and_an_administrator_sees_and_lifts_the_throttle() throws Exception {
        for (int i = 0; i <= LoginDelay.FREE_PER_NAME_AND_SOURCE; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("192.0.2.40")).param("username", "Sekreterare").param("password", "fel"));
        }
        assertThat(jdbc.sql("select outcome from login_attempt where username = 'sekreterare' and source = '192.0.2.40' order by id")
                .query(String.class).list()).containsExactly("FAILED", "FAILED", "FAILED", "THROTTLED");
        mvc.perform(get("/organisation/inloggningar").with(user("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("192.0.2.40")));
        mvc.perform(get("/organisation/inloggningar").with(user("lasare"))).andExpect(status().isForbidden());
        mvc.perform(post("/organisation/inloggningar/hav").with(user("admin")).with(csrf()).param("username", "sekreterare")
                .param("source", "192.0.2.40")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).with(from("192.0.2.40")).param("username", "sekreterare").param("password", "sekreterare"))
                .andExpect(redirectedUrl("/"));
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
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("WWW-Authenticate",
                        org.hamcrest.Matchers.containsString("invalid_token")));
        mvc.perform(get("/api/v1/organisation/units").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(status().isUnauthorized())
                // the challenges, so that a client that authenticates on challenge (curl --anyauth) sends its credentials
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().stringValues("WWW-Authenticate",
                        org.hamcrest.Matchers.hasItems(org.hamcrest.Matchers.startsWith("Basic realm="), org.hamcrest.Matchers.startsWith("Bearer"))));
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
