package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.rodtrad.RodtradApplication;

/**
 * OIDC login against a stub issuer on loopback: discovery, the authorization redirect, the code exchange
 * with a signed ID token, and the mapping to the local account that carries role and scope.
 */
@SpringBootTest(classes = RodtradApplication.class)
@AutoConfigureMockMvc
class OidcLoginTest {

    static final StubIssuer ISSUER = StubIssuer.start();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.region.client-id", () -> "rodtrad");
        registry.add(prefix + "registration.region.client-secret", () -> "hemligt");
        registry.add(prefix + "registration.region.client-name", () -> "Region-ID");
        registry.add(prefix + "registration.region.scope", () -> "openid,profile");
        registry.add(prefix + "provider.region.issuer-uri", ISSUER::issuer);
    }

    @AfterAll
    static void stop() {
        ISSUER.server.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void the_login_page_offers_the_identity_provider() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Logga in med Region-ID").contains("/oauth2/authorization/region");
    }

    @Test
    void a_person_with_a_local_account_logs_in_and_gets_its_role() throws Exception {
        MockHttpSession session = loginAs("politiker");
        assertThat(session.isInvalid()).isFalse();
        String start = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("Välkommen, Per Politiker");
    }

    @Test
    void a_person_without_an_account_is_refused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult redirect = mvc.perform(get("/oauth2/authorization/region").session(session)).andReturn();
        Map<String, String> params = query(redirect.getResponse().getRedirectedUrl());
        ISSUER.next("okänd-person", params.get("nonce"));
        mvc.perform(get("/login/oauth2/code/region").session(session).param("code", "kod").param("state", params.get("state")))
                .andExpect(redirectedUrl("/login?error"));
    }

    private MockHttpSession loginAs(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult redirect = mvc.perform(get("/oauth2/authorization/region").session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = redirect.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(ISSUER.issuer() + "/authorize").contains("client_id=rodtrad");
        Map<String, String> params = query(location);
        ISSUER.next(username, params.get("nonce"));
        mvc.perform(get("/login/oauth2/code/region").session(session).param("code", "kod").param("state", params.get("state")))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    private static Map<String, String> query(String url) {
        return java.util.Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    /** A minimal OpenID provider: discovery, JWKS and a token endpoint that signs the next ID token. */
    static final class StubIssuer {
        final HttpServer server;
        final RSAKey key;
        volatile String nextUser;
        volatile String nextNonce;

        private StubIssuer(HttpServer server, RSAKey key) {
            this.server = server;
            this.key = key;
        }

        static StubIssuer start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                StubIssuer stub = new StubIssuer(server, new RSAKeyGenerator(2048).keyID("stub").generate());
                server.createContext("/.well-known/openid-configuration", ex -> stub.json(ex, """
                        {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                         "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                         "id_token_signing_alg_values_supported":["RS256"]}""".formatted(stub.issuer())));
                server.createContext("/jwks", ex -> stub.json(ex, new JWKSet(stub.key.toPublicJWK()).toString()));
                server.createContext("/token", stub::token);
                server.start();
                return stub;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void next(String user, String nonce) {
            nextUser = user;
            nextNonce = nonce;
        }

        private void token(HttpExchange ex) throws IOException {
            try {
                Instant now = Instant.now();
                JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + nextUser).audience("rodtrad")
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                        .claim("nonce", nextNonce).claim("preferred_username", nextUser).build();
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
                jwt.sign(new RSASSASigner(key));
                json(ex, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + jwt.serialize() + "\"}");
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        private void json(HttpExchange ex, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        }
    }
}
