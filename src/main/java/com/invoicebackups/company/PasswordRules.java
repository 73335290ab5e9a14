package com.invoicebackups.company;

import com.invoicebackups.shared.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** At least 12 characters; at most 72 bytes, the most BCrypt reads. Links are random and stored as SHA-256. */
final class PasswordRules {

    static final int MINIMUM = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    static void check(String password) {
        if (password == null || password.length() < MINIMUM) {
            throw new RuleViolation("password.error.short", MINIMUM);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new RuleViolation("password.error.long");
        }
    }

    static String newLinkToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
