package se.rodtrad.organisation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.domain.Lru;

/**
 * API clients may send {@code Authorization: Bearer <token>} with a personal API key made on the
 * "API-nycklar" page. Only the key's SHA-256 is stored; an unknown or revoked key gets 401.
 *
 * <p>A key's account is kept between requests while the accounts' change counter stays (as {@link AccessPolicy} keeps
 * the signed-in account): a key revoked, an account disabled or its role changed raises the counter, and the next
 * request reads the key anew. An unknown key is never kept.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final UserAccountRepository accounts;
    private final ChangeCounters counters;

    /** The accounts of the keys last used, by the key's hash, each with the stamp it was read under. */
    private final Map<String, Kept> kept = Lru.map(KEPT_KEYS);

    static final int KEPT_KEYS = 256;

    private record Kept(String stamp, UserAccountRepository.Account account) {
    }

    ApiTokenAuthenticationFilter(UserAccountRepository accounts, ChangeCounters counters) {
        this.accounts = accounts;
        this.counters = counters;
    }

    private Optional<UserAccountRepository.Account> account(String tokenHash) {
        String stamp = counters.stamp("accounts");
        Kept k = kept.get(tokenHash);
        if (k != null && k.stamp().equals(stamp)) {
            return Optional.of(k.account());
        }
        var account = accounts.findByTokenHash(tokenHash).filter(UserAccountRepository.Account::enabled);
        account.ifPresent(a -> kept.put(tokenHash, new Kept(stamp, a)));
        return account;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            var account = account(ApiTokens.hash(token));
            if (account.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Rod trad\", error=\"invalid_token\""); // RFC 6750 3.1
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter().write("{\"title\":\"Ogiltig API-nyckel\",\"status\":401}");
                return;
            }
            var auth = new UsernamePasswordAuthenticationToken(account.get().username(), null,
                    List.of(new SimpleGrantedAuthority(account.get().role().authority())));
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
