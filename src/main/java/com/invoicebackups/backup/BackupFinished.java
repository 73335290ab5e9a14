package com.invoicebackups.backup;

/**
 * Published in the transaction that finishes a backup (succeeded or failed). Module listeners receive it
 * after the commit; the event publication registry keeps it until they have handled it, across restarts.
 */
public record BackupFinished(Backup backup) {
}
