package com.invoicebackups.shared;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The setting {@code invoicebackups.base-url}: the product's address as its users reach it, for the links in mails
 * and the set-password links handed to administrators. Here because both the mail and the company module write such
 * links. A wrong one stops the start with its name.
 */
@Validated
@ConfigurationProperties("invoicebackups")
public record SiteSettings(@NotBlank String baseUrl) {

    /** The product's address of a path such as "backups/3/download". */
    public String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + path;
    }

    @AssertTrue(message = "invoicebackups.base-url must be an absolute http or https address, such as "
            + "https://invoices.example.com")
    boolean isBaseUrlAbsolute() {
        return baseUrl == null || baseUrl.isBlank() || WebAddress.isAbsolute(baseUrl);
    }
}
