package com.invoicebackups.backup;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.NotFound;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes a compiling backup in a transaction of its own and tells the listeners: {@link BackupFinished} is
 * recorded with the change that finishes it, {@link BackupEvent} follows every change after its commit, and a
 * finished backup is counted and logged.
 */
@Component
class BackupUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(BackupUpdates.class);

    private final BackupRepository backups;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final BackupMetrics metrics;
    private final CompanyService companies;

    BackupUpdates(BackupRepository backups, TransactionTemplate transaction, ApplicationEventPublisher events,
                  BackupMetrics metrics, CompanyService companies) {
        this.backups = backups;
        this.transaction = transaction;
        this.events = events;
        this.metrics = metrics;
        this.companies = companies;
    }

    /** Applies a change in its own transaction and tells the listeners; null when the change was refused. */
    BackupEntity apply(long backupId, Predicate<BackupEntity> change) {
        BackupEntity saved = transaction.execute(status -> {
            BackupEntity backup = backups.findById(backupId).orElseThrow(() -> new NotFound("backup", backupId));
            if (!change.test(backup)) {
                return null;
            }
            BackupEntity changed = backups.saveAndFlush(backup);
            if (changed.finished()) {
                events.publishEvent(new BackupFinished(record(changed)));
            }
            return changed;
        });
        if (saved != null) {
            Backup backup = record(saved);
            if (backup.finished()) {
                metrics.finished(backup);
                if (backup.status() == BackupStatus.FAILED) {
                    LOG.info("Backup {} FAILED: {}", backup.id(), String.join(" ", backup.warnings()));
                } else {
                    LOG.info("Backup {} {}: {} pages, {} bytes, {}", backup.id(), backup.status(), backup.pageCount(),
                            backup.sizeBytes(), backup.duration());
                }
            }
            events.publishEvent(new BackupEvent(backup));
        }
        return saved;
    }

    private Backup record(BackupEntity backup) {
        return backup.toRecord(companies.user(backup.getRequestedBy()).displayName());
    }
}
