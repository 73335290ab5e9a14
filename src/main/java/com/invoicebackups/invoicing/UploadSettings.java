package com.invoicebackups.invoicing;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The setting {@code invoicebackups.upload.max-bytes}: the largest upload accepted, in bytes. A wrong one stops the
 * start with its name.
 */
@Validated
@ConfigurationProperties("invoicebackups.upload")
record UploadSettings(@Positive long maxBytes) {
}
