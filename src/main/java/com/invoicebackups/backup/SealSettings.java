package com.invoicebackups.backup;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code invoicebackups.seal.*}: the folder of the companies' keystores and their password, unset (blank)
 * when no backup is to be sealed. A missing folder stops the start with its name.
 */
@Validated
@ConfigurationProperties("invoicebackups.seal")
record SealSettings(@NotNull Path dir, String password) {

    SealSettings {
        password = Objects.requireNonNullElse(password, "");
    }

    /** Keeps the password out of logs and messages. */
    @Override
    public String toString() {
        return "SealSettings[dir=" + dir + ", password=" + (password.isEmpty() ? "unset" : "set") + "]";
    }
}
