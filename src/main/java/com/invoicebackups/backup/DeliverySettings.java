package com.invoicebackups.backup;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code invoicebackups.delivery.*}: how many days a delivery link works, and how many requests to
 * delivery links one client address may make a minute. A wrong one stops the start with its name.
 */
@Validated
@ConfigurationProperties("invoicebackups.delivery")
record DeliverySettings(@DefaultValue("30") @Min(1) int expiryDays, @DefaultValue("30") @Min(1) int requestsPerMinute) {
}
