package se.rodtrad.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The permission check every use case makes before it acts — pages and API alike go through it, so a
 * page that forgets to hide a button still cannot change anything. Scoped permissions hold for the units
 * a person is assigned to and every unit below them.
 */
@Component
public class AccessPolicy {

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final se.rodtrad.shared.db.ChangeCounters counters;

    /** The accounts as last read, each with the stamp of the accounts it was read under (at most {@value #KEPT_USERS}). */
    private final java.util.Map<String, KeptUser> users = se.rodtrad.shared.domain.Lru.map(KEPT_USERS);

    static final int KEPT_USERS = 1024;

    private record KeptUser(String stamp, CurrentUser user) {
    }

    AccessPolicy(UserAccountRepository accounts, JdbcClient jdbc, se.rodtrad.shared.db.ChangeCounters counters) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.counters = counters;
    }

    public CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return CurrentUser.ANONYMOUS;
        }
        // A page asks many times (every button it may show); the account is read once per request.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load(auth);
        }
        String key = CurrentUser.class.getName() + ":" + auth.getName();
        CurrentUser cached = (CurrentUser) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = load(auth);
            request.setAttribute(key, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return cached;
    }

    /**
     * The account as it is now: kept between requests while the accounts' counter stays (a role, a scope, an account
     * disabled — any change to an account raises it), read anew otherwise. The counter is read before the account.
     */
    private CurrentUser load(Authentication auth) {
        if (se.rodtrad.shared.db.ChangeCounters.inReadWriteTransaction()) {
            // an account changed in this transaction and not yet committed is not kept
            return read(auth);
        }
        String stamp = counters.stamp("accounts");
        KeptUser kept = users.get(auth.getName());
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept.user();
        }
        CurrentUser user = read(auth);
        users.put(auth.getName(), new KeptUser(stamp, user));
        return user;
    }

    private CurrentUser read(Authentication auth) {
        return accounts.findByUsername(auth.getName())
                .filter(UserAccountRepository.Account::enabled)
                .map(a -> new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), List.copyOf(accounts.findScopeUnitIds(a.id()))))
                .orElse(CurrentUser.ANONYMOUS);
    }

    /** Whether the current person may do this to something owned by {@code unitId} (null for unscoped checks). */
    public boolean allows(Permission permission, UUID unitId) {
        return allows(currentUser(), permission, unitId);
    }

    public boolean allows(CurrentUser user, Permission permission, UUID unitId) {
        if (user.isAnonymous() || !user.role().grants(permission)) {
            return false;
        }
        if (!permission.isScoped() || !user.role().isScoped()) {
            return true;
        }
        return unitId != null && isWithin(unitId, user.scopeUnitIds());
    }

    /**
     * Everything the current person may do to something owned by {@code unitId}, with at most one look-up of
     * the unit's place in the tree: what a page that shows several controls for the same unit asks once, and
     * what a page kept per reader is kept by (two readers with the same set see the same controls).
     */
    public Set<Permission> permissionsFor(UUID unitId) {
        CurrentUser user = currentUser();
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        if (user.isAnonymous()) {
            return result;
        }
        Boolean within = null;
        for (Permission permission : Permission.values()) {
            if (!user.role().grants(permission)) {
                continue;
            }
            if (permission.isScoped() && user.role().isScoped()) {
                if (within == null) {
                    within = unitId != null && isWithin(unitId, user.scopeUnitIds());
                }
                if (!within) {
                    continue;
                }
            }
            result.add(permission);
        }
        return result;
    }

    /** Whether the person's role grants the permission at all, for some unit: what a page asks before it offers a form that names the unit. */
    public boolean allowsAny(Permission permission) {
        CurrentUser user = currentUser();
        return !user.isAnonymous() && user.role().grants(permission);
    }

    /** Refuses with 403 unless {@link #allows(Permission, UUID)}. */
    public CurrentUser require(Permission permission, UUID unitId) {
        CurrentUser user = currentUser();
        if (!allows(user, permission, unitId)) {
            throw new AccessDeniedException("Behörighet saknas: " + permission);
        }
        return user;
    }

    /**
     * Refuses with 403 unless the person's role grants the permission at all (for some unit): what a use case asks
     * before it reads input that names the unit, so that who may never do it learns nothing from the input's checks.
     */
    public CurrentUser requireAny(Permission permission) {
        CurrentUser user = currentUser();
        if (user.isAnonymous() || !user.role().grants(permission)) {
            throw new AccessDeniedException("Behörighet saknas: " + permission);
        }
        return user;
    }

    private boolean isWithin(UUID unitId, List<UUID> scopeRoots) {
        if (scopeRoots.isEmpty()) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.sql("""
                with recursive up(id, parent_id) as (
                    select id, parent_id from org_unit where id = ?
                    union all
                    select u.id, u.parent_id from org_unit u join up on u.id = up.parent_id)
                select exists (select 1 from up where id = any (?))""")
                .params(unitId, scopeRoots.toArray(UUID[]::new))
                .query(Boolean.class).single());
    }
}
