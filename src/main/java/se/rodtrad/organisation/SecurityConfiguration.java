package se.rodtrad.organisation;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.web.PlainAnswer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**}: stateless, HTTP Basic or a bearer API key, 401 without credentials,
 * no session and so no CSRF. Everything else: form login (and OIDC when configured), CSRF on every
 * change, secure headers; the public portal and open data are readable without login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password logins (form and Basic) through the throttle kept in PostgreSQL. */
    @Bean
    ThrottledLogin throttledLogin(UserAccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledLogin(new LocalUserDetailsService(accounts), encoder, throttle);
    }

    /**
     * The actuator (on the management port, {@code management.server.port}, or the product's own when that is empty):
     * health with its liveness and readiness groups is open to a load balancer or an orchestrator; metrics, Prometheus
     * and the rest only to an administrator — HTTP Basic or an administrator's API key ({@code Authorization: Bearer}),
     * what a Prometheus scrape configuration sends. Stateless, no CSRF.
     */
    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, UserAccountRepository accounts, ChangeCounters counters) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.ADMINISTRATOR.name()))
                .httpBasic(b -> b.authenticationEntryPoint(new LoginAnswers()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginAnswers()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(accounts, counters), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserAccountRepository accounts, ChangeCounters counters, PlainAnswer answers) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(new LoginAnswers()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginAnswers()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(accounts, counters), BasicAuthenticationFilter.class)
                // the body's limit once the sender is known, before anything reads the body
                .addFilterAfter(new RequestBodyLimits(answers, accounts), BasicAuthenticationFilter.class)
                // stateless, and it leaves alone a browser session that comes along with an API call: changing the
                // session's id on every authenticated API request signed the person out of the pages (bench/)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
            UserAccountRepository accounts, PlainAnswer answers, org.springframework.context.ApplicationContext context) throws Exception {
        // the body's limit by the signed-in person's role, before the CSRF check reads the form
        http.addFilterBefore(new RequestBodyLimits(answers, accounts), CsrfFilter.class);
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/portal/**", "/login", "/error", "/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**",
                                "/favicon.ico", "/favicon.svg", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // an address nothing answers is "sidan finns inte", not a login that promises a page behind it
                        .requestMatchers(new UnknownAddress(context)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(oidcUserService(accounts))));
        }
        return http.build();
    }

    /**
     * OIDC login (production): the identity provider says who the person is; their role and scope come
     * from the local account with the same username ({@code preferred_username}, else e-mail). People
     * without an account are refused — logging in with the region's IdP gives no rights of its own.
     */
    static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(UserAccountRepository accounts) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser oidc = delegate.loadUser(request);
            String username = oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getEmail();
            var account = username == null ? java.util.Optional.<UserAccountRepository.Account>empty()
                    : accounts.findByUsername(username).filter(UserAccountRepository.Account::enabled);
            if (account.isEmpty()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("unknown_user", "Kontot " + username + " finns inte i Röd tråd", null));
            }
            return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(account.get().role().authority())),
                    oidc.getIdToken(), oidc.getUserInfo(), oidc.getPreferredUsername() != null ? "preferred_username" : "email");
        };
    }

}
