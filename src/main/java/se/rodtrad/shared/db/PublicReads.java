package se.rodtrad.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A read replica for the public portal (README, "A read replica for the public portal"): with
 * {@code rodtrad.public-reads.url} set, what an anonymous visitor reads — {@code GET /portal/**} and
 * {@code GET /api/v1/public/**} without a session cookie or credentials — is read from that database (a PostgreSQL
 * streaming replica of the primary); everything else, and every write, from the primary. On the day a decision hits the
 * news the citizens' reads then load the replica, not the database the region's staff work in. A request with a
 * session never goes there (its session lives in the primary, and a replica may lag behind what the person just did).
 * Kept pages stay right: their stamps are read from the same database as their data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("rodtrad.public-reads.url")
public class PublicReads {

    private static final ThreadLocal<Boolean> PUBLIC_READ = new ThreadLocal<>();

    @Bean
    static ReplicaRouting publicReadsRouting(Environment env) {
        return new ReplicaRouting(env);
    }

    /**
     * Puts the replica's pool in front of the primary {@code dataSource}, and closes that pool when the product stops:
     * the pool is no bean of its own (the routing replaces the primary as it is made), so without this its connections
     * to the replica would stay open until the JVM ends — in tests that start and stop contexts, and in a graceful
     * shutdown behind a load balancer, the replica would count them as clients. A post-processor is destroyed after
     * every bean that reads through the data source.
     */
    static final class ReplicaRouting implements BeanPostProcessor, DisposableBean {
        private final Environment env;
        private volatile HikariDataSource replica;

        ReplicaRouting(Environment env) {
            this.env = env;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource primary && "dataSource".equals(beanName)) {
                HikariDataSource pool = new HikariDataSource();
                pool.setJdbcUrl(env.getRequiredProperty("rodtrad.public-reads.url"));
                pool.setUsername(env.getProperty("rodtrad.public-reads.username", env.getProperty("spring.datasource.username")));
                pool.setPassword(env.getProperty("rodtrad.public-reads.password", env.getProperty("spring.datasource.password")));
                pool.setMaximumPoolSize(env.getProperty("rodtrad.public-reads.pool-size", Integer.class, 10));
                pool.setReadOnly(true);
                pool.setPoolName("rodtrad-public-reads");
                replica = pool;
                return new Routing(primary, pool);
            }
            return bean;
        }

        @Override
        public void destroy() {
            HikariDataSource pool = replica;
            if (pool != null && !pool.isClosed()) {
                pool.close();
            }
        }

        HikariDataSource replica() {
            return replica;
        }
    }

    /** Marks the anonymous public reads; outermost but inside the session filter, so a session is never written to the replica. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicReadsFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!isAnonymousPublicRead(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                PUBLIC_READ.set(Boolean.TRUE);
                try {
                    chain.doFilter(request, response);
                } finally {
                    PUBLIC_READ.remove();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60); // after Spring Session's filter (+50)
        return registration;
    }

    public static boolean isAnonymousPublicRead(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/portal") && !path.startsWith("/api/v1/public/")) {
            return false;
        }
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        if (request.getCookies() != null) {
            for (var c : request.getCookies()) {
                if (c.getName().equals("SESSION") || c.getName().equals("JSESSIONID")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The primary, or the replica while an anonymous public read is being served. */
    static final class Routing extends DelegatingDataSource {
        private final HikariDataSource replica;

        Routing(DataSource primary, HikariDataSource replica) {
            super(primary);
            this.replica = replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return PUBLIC_READ.get() != null ? replica.getConnection() : super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return PUBLIC_READ.get() != null ? replica.getConnection() : super.getConnection(username, password);
        }
    }
}
