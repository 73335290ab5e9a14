package com.invoicebackups.backup;

import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.StoreUnavailable;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What becomes of a backup whose attempt ended in an error: a transient error puts it back in the queue with back-off
 * (5 s, 15 s, 45 s, ...) for up to {@code attempts} attempts; a refusal, an {@link Error} or the last attempt's error
 * fails it with the kind of trouble it was, the details going to the log. A document store that cannot be reached is
 * waited for instead ({@link DocumentStoreWait}).
 */
@Component
class RetryPolicy {

    /** The first retry after a transient failure; each later one waits three times as long. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    private final BackupUpdates updates;
    private final BackupWords backupWords;
    private final DocumentStoreWait storeWait;
    private final Clock clock;
    private final int maxAttempts;

    RetryPolicy(BackupUpdates updates, BackupWords backupWords, DocumentStoreWait storeWait, Clock clock,
                BackupSettings settings) {
        this.updates = updates;
        this.backupWords = backupWords;
        this.storeWait = storeWait;
        this.clock = clock;
        this.maxAttempts = settings.attempts();
    }

    /**
     * Fails the backup when this attempt is one more than attempts allow: earlier attempts ended with their instance
     * (killed, out of memory), and this backup may be what kills it. True when so.
     */
    boolean failIfTriedTooOften(long backupId, int attempt) {
        if (attempt <= maxAttempts) {
            return false;
        }
        LOG.error("Backup {} not compiled again after {} attempts", backupId, attempt - 1);
        updates.apply(backupId, backup -> {
            Dictionary words = backupWords.of(backup);
            return backup.fail(attempt, words.get("backup.failed.reason", words.get("backup.cause.attempts")),
                    clock.instant());
        });
        return true;
    }

    /**
     * Fails the backup, or puts it back in the queue for a transient error; nothing when the claim was lost. A store
     * that cannot be reached uses up no attempt: the backup waits for it, for minutes, not seconds.
     */
    void ended(BackupEntity started, int attempt, Throwable e) {
        long backupId = started.getId();
        StoreUnavailable outage = StoreUnavailable.in(e);
        if (outage != null) {
            storeWait.waitFor(started, attempt, outage);
            return;
        }
        // the user reads what kind of trouble it was; the details, paths included, go to the log
        boolean refused = e instanceof RuleViolation || e instanceof AccessDeniedException;
        String reasonKey = refused ? "backup.cause.permission"
                : e instanceof BackupRunner.SealUnusable ? "backup.cause.seal"
                : e instanceof IOException || e.getCause() instanceof IOException ? "backup.cause.storage"
                : "backup.cause.internal";
        // an Error would most likely come back on the next attempt: out of memory on the same files, say
        if (refused || e instanceof Error || attempt >= maxAttempts) {
            LOG.error("Backup {} failed after {} attempt(s)", backupId, attempt, e);
            updates.apply(backupId, backup -> {
                Dictionary words = backupWords.of(backup);
                return backup.fail(attempt, words.get("backup.failed.reason", words.get(reasonKey)), clock.instant());
            });
            return;
        }
        LOG.warn("Backup {} attempt {} failed; it will be tried again", backupId, attempt, e);
        BackupEntity queued = updates.apply(backupId, backup -> {
            Dictionary words = backupWords.of(backup);
            return backup.retryLater(attempt, words.get("backup.retrying", words.get(reasonKey)));
        });
        if (queued != null) {
            throw new BackupRunner.Requeued(backupId, RETRY.multipliedBy((long) Math.pow(3, attempt - 1)), e);
        }
    }
}
