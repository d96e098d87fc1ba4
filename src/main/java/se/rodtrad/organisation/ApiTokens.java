package se.rodtrad.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;

/** Personal API keys: made by their owner, shown once, stored only as a hash, revocable. */
@Service
public class ApiTokens {

    public record NewToken(UUID id, String name, String token) implements java.io.Serializable { // a flash attribute: the session is in PostgreSQL
    }

    public record TokenSummary(UUID id, String name, java.time.Instant createdAt, boolean revoked) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AccessPolicy access;

    ApiTokens(UserAccountRepository accounts, AccessPolicy access) {
        this.accounts = accounts;
        this.access = access;
    }

    @Transactional
    public NewToken create(String name) {
        CurrentUser user = requireLoggedIn();
        String n = Texts.trimToNull(name);
        if (n == null) {
            throw ValidationException.of("name", "validation.required", "Namn");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "rt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = accounts.insertToken(user.id(), n, hash(token));
        return new NewToken(id, n, token);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> mine() {
        CurrentUser user = requireLoggedIn();
        return accounts.findTokens(user.id()).stream().map(t -> new TokenSummary(t.id(), t.name(), t.createdAt(), t.revoked())).toList();
    }

    @Transactional
    public void revoke(UUID tokenId) {
        CurrentUser user = requireLoggedIn();
        if (!accounts.revokeToken(user.id(), tokenId)) {
            throw new NotFoundException("API-nyckel", tokenId);
        }
    }

    private CurrentUser requireLoggedIn() {
        CurrentUser user = access.currentUser();
        if (user.isAnonymous()) {
            throw new org.springframework.security.access.AccessDeniedException("Inloggning krävs");
        }
        return user;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
