package com.invoicebackups.invoicing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code documentType}: null until a person gives one or one is guessed; {@code typeConfirmed} once a person set or
 * confirmed it. {@code expiresOn}: an insurance certificate's expiry, entered or read from it; {@code expiryConfirmed}
 * once a user said so.
 */
public record Attachment(long id, String fileName, String mediaType, DocumentType documentType, long sizeBytes,
                         String sha256, String storageKey, int position, long uploadedBy, Instant uploadedAt,
                         FileInspection inspection, String verdictKey, String verdictDetail, LocalDate expiresOn,
                         boolean expiryConfirmed, boolean typeConfirmed) {

    /** The type as a backup files it: a document without one goes with the others. */
    public DocumentType typeOrOther() {
        return documentType == null ? DocumentType.OTHER : documentType;
    }
}
