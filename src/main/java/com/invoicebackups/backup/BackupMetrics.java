package com.invoicebackups.backup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an operator watches at month end: backups requested, compiled and failed by this instance, how long they
 * took and how many pages they had; and, the same on every instance as it is read from the shared database,
 * how many wait in the queue and for how long the oldest has waited.
 */
@Component
class BackupMetrics {

    private static final String REQUESTED = "invoicebackups.backups.requested";
    private static final String COMPILED = "invoicebackups.backups.compiled";
    private static final String FAILED = "invoicebackups.backups.failed";

    private final MeterRegistry registry;
    private final Timer duration;
    private final DistributionSummary pages;

    BackupMetrics(MeterRegistry registry, BackupRepository backups, Clock clock) {
        this.registry = registry;
        this.duration = Timer.builder("invoicebackups.backup.duration")
                .description("From the start of the successful attempt to the backup stored").register(registry);
        this.pages = DistributionSummary.builder("invoicebackups.backup.pages").baseUnit("pages")
                .description("Pages of each compiled backup").register(registry);
        Gauge.builder("invoicebackups.backups.queued", backups, repository -> repository.countQueued())
                .description("Backups waiting for an instance to compile them").register(registry);
        TimeGauge.builder("invoicebackups.backups.oldest.queued.age", backups, TimeUnit.SECONDS, repository -> {
                    Instant oldest = repository.oldestQueuedRequestedAt();
                    return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
                }).description("How long the oldest waiting backup has waited").register(registry);
        // at 0 from the start: a rate or increase() over the first failure of an instance's life sees it
        for (BackupKind kind : BackupKind.values()) {
            for (String name : List.of(REQUESTED, COMPILED, FAILED)) {
                counter(name, "kind", kind);
            }
        }
    }

    /** Counted when the request's transaction commits: an owner request queues all of its backups or none. */
    void requested(BackupKind kind) {
        Counter requested = counter(REQUESTED, "kind", kind);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            requested.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                requested.increment();
            }
        });
    }

    void finished(Backup backup) {
        if (backup.status() == BackupStatus.FAILED) {
            counter(FAILED, "kind", backup.kind()).increment();
            return;
        }
        counter(COMPILED, "kind", backup.kind()).increment();
        if (backup.duration() != null) {
            duration.record(backup.duration());
        }
        if (backup.pageCount() != null) {
            pages.record(backup.pageCount());
        }
    }

    private Counter counter(String name, String tag, Enum<?> value) {
        return registry.counter(name, tag, value.name().toLowerCase(Locale.ROOT));
    }
}
