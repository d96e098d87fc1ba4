package se.rodtrad.organisation;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login (form and HTTP Basic) through the throttle: a name and source that must wait are refused before the
 * password is checked, with the wait in the answer; every outcome is recorded. The answer never says whether the name
 * exists — "fel användarnamn eller lösenord" for a wrong password and an unknown name alike, and the same wait for both
 * (the password check itself takes as long for an unknown name: Spring Security hashes a dummy password).
 */
class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogin(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(name, source);
        if (!wait.isZero()) {
            throttle.record(name, source, "THROTTLED");
            throw new LoginThrottled(wait);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.record(name, source, "SUCCEEDED");
            return result;
        } catch (AuthenticationException e) {
            // a wrong password, an unknown name, a disabled account: one answer, so the answer tells no one which names exist
            throttle.record(name, source, "FAILED");
            throw new BadCredentialsException("Fel användarnamn eller lösenord");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
