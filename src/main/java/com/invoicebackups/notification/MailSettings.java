package com.invoicebackups.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The setting {@code invoicebackups.mail.from}: the sender of every mail. A wrong one stops the start with its name,
 * rather than every mail failing later.
 */
@Validated
@ConfigurationProperties("invoicebackups.mail")
record MailSettings(@DefaultValue("invoice-backups@localhost") @NotBlank String from) {

    /** One address, as mail servers read it: {@code backups@example.com} or {@code Backups <backups@example.com>}. */
    @AssertTrue(message = "invoicebackups.mail.from must be one e-mail address, such as invoice-backups@example.com")
    boolean isFromAnAddress() {
        if (from == null || from.isBlank()) {
            return true;
        }
        try {
            new InternetAddress(from, true);
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}
