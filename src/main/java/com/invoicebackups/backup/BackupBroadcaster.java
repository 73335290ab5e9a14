package com.invoicebackups.backup;

import com.invoicebackups.company.CompanyService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fans backup events out to the open screens of this instance, which push them to their pages. A backup may run
 * on another instance: while any screen listens, the shared database is read every {@code watch-interval} for
 * the backups waiting, running or just finished, and what changed since the screens were last told goes out
 * too. Each state is told once, whether it came from a job here or from the database.
 */
@Component
public class BackupBroadcaster implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BackupBroadcaster.class);
    /** How long a finished backup is still looked at: longer than any pause between two reads. */
    private static final Duration RECENT = Duration.ofSeconds(30);

    private final List<Consumer<Backup>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Backup> told = new HashMap<>();
    private final BackupRepository backups;
    private final CompanyService companies;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService watcher;

    BackupBroadcaster(BackupRepository backups, CompanyService companies, TransactionTemplate transaction, Clock clock,
                      BackupSettings settings) {
        this.backups = backups;
        this.companies = companies;
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transaction.getTransactionManager()));
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.interval = settings.watchInterval();
    }

    /**
     * Tells the listener each change of the user's own backups on the project; run the returned action to unregister
     * it (when the screen closes).
     */
    public Runnable register(long userId, long projectId, Consumer<Backup> listener) {
        return listen(backup -> {
            if (backup.projectId() == projectId && backup.requestedBy() == userId) {
                listener.accept(backup);
            }
        });
    }

    /**
     * Runs {@code changed} when any backup of the project is queued or ends, for a screen to read its list again
     * through {@link BackupService}, which decides what the user may see of it.
     */
    public Runnable onHistoryChange(long userId, long projectId, Runnable changed) {
        return listen(backup -> {
            if (backup.projectId() == projectId && (backup.finished() || backup.status() == BackupStatus.QUEUED)) {
                changed.run();
            }
        });
    }

    private Runnable listen(Consumer<Backup> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(BackupEvent event) {
        tell(event.backup());
    }

    /** Reads what changed in the database, wherever it was compiled; nothing while no screen listens. */
    void watch() {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            List<Backup> current = readOnly.execute(status -> {
                Map<Long, BackupEntity> found = new HashMap<>();
                backups.findUnfinished().forEach(backup -> found.put(backup.getId(), backup));
                backups.findByFinishedAtAfter(clock.instant().minus(RECENT))
                        .forEach(backup -> found.put(backup.getId(), backup));
                return found.values().stream()
                        .map(backup -> backup.toRecord(companies.user(backup.getRequestedBy()).displayName()))
                        .toList();
            });
            Set<Long> seen = new HashSet<>();
            for (Backup backup : current) {
                seen.add(backup.id());
                tell(backup);
            }
            synchronized (told) {
                told.keySet().retainAll(seen);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the backups' progress", e);
        }
    }

    /** A screen that fails (closed meanwhile, say) must not fail the job that reports to it. */
    private void tell(Backup backup) {
        synchronized (told) {
            Backup before = told.get(backup.id());
            if (before != null && (sameState(before, backup) || older(backup, before))) {
                return;
            }
            told.put(backup.id(), backup);
        }
        for (Consumer<Backup> listener : listeners) {
            try {
                listener.accept(backup);
            } catch (RuntimeException e) {
                LOG.debug("A screen could not be told about backup {}", backup.id(), e);
            }
        }
    }

    private static boolean sameState(Backup before, Backup now) {
        return before.status() == now.status() && before.progress() == now.progress()
                && Objects.equals(before.progressLabel(), now.progressLabel());
    }

    /** A read of the database that began before the job's own report arrived must not take the screen back. */
    private static boolean older(Backup now, Backup before) {
        return before.finished() && !now.finished() || before.status() == BackupStatus.RUNNING
                && now.status() == BackupStatus.RUNNING && now.progress() < before.progress();
    }

    @Override
    public void start() {
        watcher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("backup-watch").daemon().factory());
        watcher.scheduleWithFixedDelay(this::watch, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        watcher.shutdownNow();
        watcher = null;
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }
}
