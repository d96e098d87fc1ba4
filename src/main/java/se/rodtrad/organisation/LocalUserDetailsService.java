package se.rodtrad.organisation;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Local accounts (hashed passwords) for the embedded default and for installations without OIDC. No account is ever locked
 * by failed logins: {@link ThrottledLogin} slows the guesser instead (issue 21: five wrong passwords locked anyone out).
 */
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    LocalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccountRepository.Account a = accounts.findByUsername(username)
                .filter(acc -> acc.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(a.username())
                .password(a.passwordHash())
                .disabled(!a.enabled())
                .authorities(a.role().authority())
                .build();
    }
}
