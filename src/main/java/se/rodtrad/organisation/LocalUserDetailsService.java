package se.rodtrad.organisation;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Local accounts (hashed passwords) for the embedded default and for installations without OIDC. */
@Component
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;

    LocalUserDetailsService(UserAccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccountRepository.Account a = accounts.findByUsername(username)
                .filter(acc -> acc.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(a.username())
                .password(a.passwordHash())
                .disabled(!a.enabled())
                .accountLocked(throttle.isBlocked(username))
                .authorities(a.role().authority())
                .build();
    }
}
