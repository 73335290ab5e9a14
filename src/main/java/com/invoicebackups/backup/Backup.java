package com.invoicebackups.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A requested backup as the history and the alert show it. For a FAILED one, {@code warnings} holds the reason.
 * {@code changes}: what changed since an earlier backup of some of the same invoices, in one sentence in the
 * requester's words; null when none. {@code changesSince}: the same as facts, for each reader's own words and formats;
 * null for a backup compiled before they were kept.
 * {@code volumes}: how many files it was written in when a size cap split it; 0 for one file.
 * {@code retryable}: a failed backup that a document store out of reach failed, which may be tried again.
 */
public record Backup(long id, long projectId, BackupKind kind, long requestedBy, String requestedByName,
                     Instant requestedAt, BackupStatus status, int progress, String progressLabel, String fileName,
                     Integer pageCount, Long sizeBytes, List<String> warnings, Instant startedAt, Instant finishedAt,
                     int invoiceCount, String changes, ChangesSince changesSince, int volumes, boolean retryable) {

    public boolean finished() {
        return status == BackupStatus.SUCCEEDED || status == BackupStatus.SUCCEEDED_WITH_WARNINGS
                || status == BackupStatus.FAILED;
    }

    public boolean downloadable() {
        return status == BackupStatus.SUCCEEDED || status == BackupStatus.SUCCEEDED_WITH_WARNINGS;
    }

    /** What changed since an earlier backup, in these words and formats; null when nothing is known. */
    public String changes(com.invoicebackups.terminology.Dictionary words) {
        return changesSince != null ? changesSince.sentence(words) : changes;
    }

    public Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public String downloadPath() {
        return "backups/" + id + "/download";
    }

    /** Volume {@code number} (from 1) of a backup written in volumes. */
    public String downloadPath(int number) {
        return "backups/" + id + "/volumes/" + number + "/download";
    }

    /** The file name without its extension, for the names of its volumes. */
    public String baseName() {
        return fileName.endsWith(".pdf") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
