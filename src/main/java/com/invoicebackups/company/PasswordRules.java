package com.invoicebackups.company;

import com.invoicebackups.shared.RuleViolation;
import java.nio.charset.StandardCharsets;

/** At least 12 characters; at most 72 bytes, the most BCrypt reads. */
final class PasswordRules {

    static final int MINIMUM = 12;

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
}
