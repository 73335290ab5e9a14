package com.invoicebackups.invoicing;

import java.time.Instant;

public record Attachment(long id, String fileName, String mediaType, DocumentType documentType, long sizeBytes,
                         String sha256, String storageKey, int position, long uploadedBy, Instant uploadedAt,
                         FileInspection inspection, String verdictKey, String verdictDetail) {
}
