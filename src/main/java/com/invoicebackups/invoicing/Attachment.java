package com.invoicebackups.invoicing;

import java.time.Instant;
import java.time.LocalDate;

/** {@code expiresOn}: an insurance certificate's expiry, entered or read from it; {@code expiryConfirmed} once a user said so. */
public record Attachment(long id, String fileName, String mediaType, DocumentType documentType, long sizeBytes,
                         String sha256, String storageKey, int position, long uploadedBy, Instant uploadedAt,
                         FileInspection inspection, String verdictKey, String verdictDetail, LocalDate expiresOn,
                         boolean expiryConfirmed) {
}
