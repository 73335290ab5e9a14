package com.invoicebackups.backup;

import java.util.List;

/**
 * An invoice as the package editor shows it, with its documents in natural order; {@code key}: its key in an
 * {@link Arrangement}.
 */
public record PlannedInvoice(String key, String contractNumber, String company, String number,
                             List<PlannedDocument> documents) {
}
