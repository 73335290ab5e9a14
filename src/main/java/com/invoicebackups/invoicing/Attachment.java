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
                         boolean expiryConfirmed, boolean typeConfirmed, Integer proofVersion) {

    /**
     * Where the file is served, ending in its own name so that a browser tab opened on it is titled with the name;
     * characters a path may not safely carry are written as "_". The id alone decides what is served.
     */
    public String path() {
        String name = fileName.replaceAll("[/\\\\%;\\p{Cntrl}]", "_");
        return "attachments/" + id + "/" + org.springframework.web.util.UriUtils.encodePathSegment(
                name.isBlank() || name.equals(".") || name.equals("..") ? "file" : name,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The type as a backup files it: a document without one goes with the others. */
    public DocumentType typeOrOther() {
        return documentType == null ? DocumentType.OTHER : documentType;
    }
}
