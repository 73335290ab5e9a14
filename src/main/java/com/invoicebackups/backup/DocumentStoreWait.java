package com.invoicebackups.backup;

import com.invoicebackups.shared.StoreUnavailable;
import com.invoicebackups.terminology.Dictionary;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A document store that cannot be reached is an outage, not a failure of the backup: the attempt is given back and
 * the backup waits in the queue for the store, for minutes, not seconds ({@link StorageWaits}), using up no attempt.
 * When the store stays away longer, the backup fails with that reason and may be tried again as it was requested.
 */
@Component
class DocumentStoreWait {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStoreWait.class);

    private final BackupUpdates updates;
    private final BackupWords backupWords;
    private final Clock clock;
    private volatile StorageWaits storageWaits;

    DocumentStoreWait(BackupUpdates updates, BackupWords backupWords, Clock clock, BackupSettings settings) {
        this.updates = updates;
        this.backupWords = backupWords;
        this.clock = clock;
        this.storageWaits = settings.waits();
    }

    /** Tests wait seconds for a store, not minutes. */
    void storageWaits(StorageWaits waits) {
        this.storageWaits = waits;
    }

    /** Puts the backup back in the queue to wait for the store, or fails it when it has waited as often as allowed. */
    void waitFor(BackupEntity started, int attempt, StoreUnavailable outage) {
        long backupId = started.getId();
        StorageWaits waits = storageWaits;
        int waited = started.getStorageWaits();
        if (waited >= waits.count()) {
            LOG.error("Backup {} failed: the document store could not be reached after {} waits", backupId, waited, outage);
            updates.apply(backupId, backup -> {
                Dictionary words = backupWords.of(backup);
                return backup.failForStore(attempt, words.get("backup.failed.reason", words.get("backup.cause.outage")),
                        clock.instant());
            });
            return;
        }
        Duration wait = waits.after(waited);
        LOG.warn("Backup {}: the document store cannot be reached ({}); wait {} of {}, trying again in {} s", backupId,
                outage.getMessage(), waited + 1, waits.count(), wait.toSeconds());
        BackupEntity queued = updates.apply(backupId, backup -> backup.waitForStore(attempt,
                backupWords.of(backup).get("backup.waiting-for-store", Math.max(1, wait.toMinutes()))));
        if (queued != null) {
            throw new BackupRunner.Requeued(backupId, wait, outage);
        }
    }
}
