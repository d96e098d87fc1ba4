package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * With a read replica configured, what an anonymous visitor reads of the public portal and the open API goes to the
 * replica; anything with a session or credentials, any write and every internal page to the primary.
 */
class PublicReadsTest {

    @Test
    void only_anonymous_reads_of_the_portal_and_the_public_api_are_public_reads() {
        assertThat(PublicReads.isAnonymousPublicRead(get("/portal/planer/1.pdf"))).isTrue();
        assertThat(PublicReads.isAnonymousPublicRead(get("/api/v1/public/plans"))).isTrue();

        var signedIn = get("/portal");
        signedIn.setCookies(new Cookie("SESSION", "abc"));
        assertThat(PublicReads.isAnonymousPublicRead(signedIn)).isFalse();
        var basic = get("/api/v1/public/plans");
        basic.addHeader("Authorization", "Basic YWRtaW46YWRtaW4=");
        assertThat(PublicReads.isAnonymousPublicRead(basic)).isFalse();
        assertThat(PublicReads.isAnonymousPublicRead(new MockHttpServletRequest("POST", "/portal/x"))).isFalse();
        assertThat(PublicReads.isAnonymousPublicRead(get("/planer/1"))).isFalse();
        assertThat(PublicReads.isAnonymousPublicRead(get("/api/v1/plans"))).isFalse();
    }

    @Test
    void a_connection_taken_while_an_anonymous_public_read_is_served_comes_from_the_replica() throws Exception {
        DataSource primary = mock(DataSource.class);
        HikariDataSource replica = mock(HikariDataSource.class);
        Connection fromPrimary = mock(Connection.class);
        Connection fromReplica = mock(Connection.class);
        when(primary.getConnection()).thenReturn(fromPrimary);
        when(replica.getConnection()).thenReturn(fromReplica);
        var routing = new PublicReads.Routing(primary, replica);
        var filter = new PublicReads().publicReadsFilter().getFilter();

        assertThat(taken(filter, get("/portal/planer/1"), routing)).isSameAs(fromReplica);
        assertThat(taken(filter, get("/planer/1"), routing)).isSameAs(fromPrimary);
        assertThat(routing.getConnection()).as("outside any request").isSameAs(fromPrimary);
    }

    @Test
    void the_replica_pool_is_closed_when_the_product_stops() {
        new ApplicationContextRunner()
                .withPropertyValues("rodtrad.public-reads.url=jdbc:postgresql://127.0.0.1:1/replica")
                .withBean("dataSource", DataSource.class, () -> mock(DataSource.class))
                .withUserConfiguration(PublicReads.class)
                .run(context -> {
                    assertThat(context.getBean("dataSource")).isInstanceOf(PublicReads.Routing.class);
                    HikariDataSource replica = context.getBean(PublicReads.ReplicaRouting.class).replica();
                    assertThat(replica.isClosed()).isFalse();
                    context.close();
                    assertThat(replica.isClosed()).as("closed with the context").isTrue();
                });
    }

    private static Connection taken(jakarta.servlet.Filter filter, MockHttpServletRequest request, DataSource routing) throws Exception {
        AtomicReference<Connection> taken = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                try {
                    taken.set(routing.getConnection());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
        return taken.get();
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
