package se.rodtrad.grants;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.TestSecurityContextHolder;

/** Runs a use case as a demo account. */
final class Acting {

    private Acting() {
    }

    static <T> T as(String username, Supplier<T> work) {
        var auth = new UsernamePasswordAuthenticationToken(username, null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        var context = new SecurityContextImpl(auth);
        TestSecurityContextHolder.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
            TestSecurityContextHolder.clearContext();
        }
    }
}
