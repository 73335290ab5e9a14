package com.invoicebackups.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The setting {@code invoicebackups.sign-in.first-wait}: how long one user name from one address waits once it has
 * failed too often, before the wait doubles with each further failure. A wrong one stops the start with its name.
 */
@Validated
@ConfigurationProperties("invoicebackups.sign-in")
record SignInSettings(@DefaultValue("30s") @NotNull Duration firstWait) {

    /** A first wait beyond the longest would never be waited. */
    @AssertTrue(message = "invoicebackups.sign-in.first-wait must be positive and at most 15 minutes")
    boolean isFirstWaitSound() {
        return firstWait == null || firstWait.isPositive() && firstWait.compareTo(SignInThrottle.LONGEST_WAIT) <= 0;
    }
}
