package com.invoicebackups.backup;

import java.time.Instant;
import java.util.List;

/** One recipient's link to a backup: who sent it when, until when it works, its downloads, and its revocation. */
public record BackupDelivery(long id, String recipient, String sentBy, Instant sentAt, Instant expiresAt,
                             String revokedBy, Instant revokedAt, List<Download> downloads) {

    /** One file fetched through the link, with the time and the client's address. */
    public record Download(Instant at, String address, String fileName) {
    }

    public boolean works(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
