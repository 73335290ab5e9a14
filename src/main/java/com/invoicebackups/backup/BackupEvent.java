package com.invoicebackups.backup;

/** Published as a backup moves: queued, progressing, finished. Listeners in the UI push it to the page. */
public record BackupEvent(Backup backup) {
}
