package se.rodtrad.organisation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API clients may send {@code Authorization: Bearer <token>} with a personal API key made on the
 * "API-nycklar" page. Only the key's SHA-256 is stored; an unknown or revoked key gets 401.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final UserAccountRepository accounts;

    ApiTokenAuthenticationFilter(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            var account = accounts.findByTokenHash(ApiTokens.hash(token)).filter(UserAccountRepository.Account::enabled);
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
