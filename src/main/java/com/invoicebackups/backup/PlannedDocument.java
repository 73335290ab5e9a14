package com.invoicebackups.backup;

/**
 * A document of a {@link PlannedInvoice}; {@code key}: its key in an {@link Arrangement}; {@code type}: the
 * attachment's document type, null for the invoice document.
 */
public record PlannedDocument(String key, String name, String type) {
}
