package com.invoicebackups.backup;

import com.invoicebackups.shared.ByteSizes;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.BackupResult;
import com.invoicebackups.backup.pdf.PackageSeal;
import com.invoicebackups.backup.pdf.PackageSnapshot;
import com.invoicebackups.backup.pdf.VolumeCompiler;
import com.invoicebackups.backup.pdf.ZipPackager;
import com.invoicebackups.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.StoreUnavailable;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import java.util.concurrent.atomic.AtomicInteger;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Compiles one queued backup into the document store. The output becomes visible only when complete;
 * an attempt that breaks off (error, crash, restart) leaves nothing behind and the job runs again
 * from the start. Transient errors are tried again a bounded number of times; a backup with nothing
 * to merge, or an Error, fails it at once with its reason. Each attempt changes the backup only while
 * it holds it (see {@link BackupEntity#heldBy}), so a duplicate or overtaken run changes nothing and
 * removes the document it wrote.
 */
@Component
class BackupRunner implements SmartLifecycle {

    /** How long running compiles get to reach their next invoice and hand themselves back. */
    private static final Duration HAND_BACK_WAIT = Duration.ofSeconds(10);
    /** The first retry after a transient failure; each later one waits three times as long. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(BackupRunner.class);

    private final BackupRepository backups;
    private final BackupAssembler assembler;
    private final DocumentStore documents;
    private final ProjectService projects;
    private final CompanyService companies;
    private final Dictionaries dictionaries;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final CompanySeals seals;
    private final BackupMetrics metrics;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration sourceBudget;
    private final Duration shutdownWait;
    /** The job scheduler runs this runner's jobs, so it is looked up when needed, not injected. */
    private final ObjectProvider<Scheduler> scheduler;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean active;
    private volatile boolean stopping;
    private volatile boolean handingBack;
    private volatile boolean pausedJobs;
    private final BackupReaders readers;
    private volatile StorageWaits storageWaits;

    BackupRunner(BackupRepository backups, BackupAssembler assembler, DocumentStore documents, ProjectService projects,
                 CompanyService companies, Dictionaries dictionaries, TransactionTemplate transaction,
                 ApplicationEventPublisher events, CompanySeals seals, BackupMetrics metrics, Clock clock,
                 BackupSettings settings, ObjectProvider<Scheduler> scheduler, BackupReaders readers) {
        this.storageWaits = settings.waits();
        this.scheduler = scheduler;
        this.readers = readers;
        this.shutdownWait = settings.shutdownWait();
        this.backups = backups;
        this.assembler = assembler;
        this.documents = documents;
        this.projects = projects;
        this.companies = companies;
        this.dictionaries = dictionaries;
        this.transaction = transaction;
        this.events = events;
        this.seals = seals;
        this.metrics = metrics;
        this.clock = clock;
        this.maxAttempts = settings.attempts();
        this.sourceBudget = Duration.ofSeconds(settings.sourceSeconds());
    }

    /** Every line logged while compiling names the backup and the user who asked for it. */
    void run(long backupId) {
        try (var backup = MDC.putCloseable("backup", String.valueOf(backupId))) {
            compileWithRetries(backupId);
        } finally {
            MDC.remove("user");
        }
    }

    private void compileWithRetries(long backupId) {
        if (stopping) {
            // picked just as this instance began to stop: another instance takes it
            throw new HandedBack(backupId);
        }
        BackupEntity started = update(backupId, backup -> backup.start(clock.instant()) > 0);
        if (started == null) {
            return;
        }
        MDC.put("user", companies.user(started.getRequestedBy()).username());
        int attempt = started.getAttempts();
        LOG.info("Compiling backup {}, attempt {}", backupId, attempt);
        if (attempt > maxAttempts) {
            // earlier attempts ended with their instance (killed, out of memory): this backup may be what kills it
            LOG.error("Backup {} not compiled again after {} attempts", backupId, attempt - 1);
            update(backupId, backup -> {
                Dictionary words = dictionary(backup);
                return backup.fail(attempt, words.get("backup.failed.reason", words.get("backup.cause.attempts")),
                        clock.instant());
            });
            return;
        }
        Path work = null;
        running.incrementAndGet();
        try {
            work = Files.createTempDirectory("backup-" + backupId + "-");
            compile(started, attempt, work);
        } catch (HandedBack e) {
            LOG.info("Backup {} attempt {} handed back: this instance is stopping", backupId, attempt);
            update(backupId, backup -> backup.handBack(attempt));
            throw e;
        } catch (ClaimLost e) {
            LOG.info("Backup {} attempt {} stopped: a later attempt has taken it over", backupId, attempt);
        } catch (Throwable e) {
            // Errors too (out of memory, stack overflow, a missing class): a backup must never stay RUNNING
            ended(started, attempt, e);
        } finally {
            if (work != null) {
                FileSystemUtils.deleteRecursively(work.toFile());
            }
            synchronized (running) {
                running.decrementAndGet();
                running.notifyAll();
            }
        }
    }

    /**
     * Shutting down: compiles running here get {@code shutdown-wait} to finish; those still running then stop at
     * their next invoice and go back to the queue, where another instance takes them at once. Runs before the job
     * scheduler stops, which waits for the jobs to return.
     */
    @Override
    public void stop() {
        stopping = true;
        // picks no more jobs, so what is handed back goes to another instance
        scheduler.ifAvailable(jobs -> {
            jobs.pause();
            pausedJobs = true;
        });
        long deadline = System.nanoTime() + shutdownWait.toNanos();
        awaitNoneRunning(deadline);
        handBackRunning();
    }

    /** Compiles still running here stop at their next invoice or invoice document and go back to the queue. */
    void handBackRunning() {
        handingBack = true;
        awaitNoneRunning(System.nanoTime() + HAND_BACK_WAIT.toNanos());
    }

    private void awaitNoneRunning(long deadline) {
        synchronized (running) {
            long left;
            while (running.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    running.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        stopping = false;
        handingBack = false;
        active = true;
        // started again after a stop (a paused application context): take jobs again
        if (pausedJobs) {
            scheduler.ifAvailable(Scheduler::resume);
            pausedJobs = false;
        }
    }

    @Override
    public boolean isRunning() {
        return active && !stopping;
    }

    /**
     * The job engine stopped trying (its own failures, say the database gone while an attempt began):
     * a backup still waiting or running is failed, so none stays QUEUED or RUNNING for ever.
     */
    void giveUp(long backupId) {
        update(backupId, backup -> {
            Dictionary words = dictionary(backup);
            return backup.abandon(words.get("backup.failed.reason", words.get("backup.cause.attempts")), clock.instant());
        });
    }

    /** Tests wait seconds for a store, not minutes. */
    void storageWaits(StorageWaits waits) {
        this.storageWaits = waits;
    }

    /**
     * Fails the backup, or puts it back in the queue for a transient error; nothing when the claim was lost. A store
     * that cannot be reached uses up no attempt: the backup waits for it, for minutes, not seconds.
     */
    private void ended(BackupEntity started, int attempt, Throwable e) {
        long backupId = started.getId();
        StoreUnavailable outage = StoreUnavailable.in(e);
        if (outage != null) {
            waitForStore(started, attempt, outage);
            return;
        }
        // the user reads what kind of trouble it was; the details, paths included, go to the log
        boolean refused = e instanceof RuleViolation || e instanceof AccessDeniedException;
        String reasonKey = refused ? "backup.cause.permission"
                : e instanceof SealUnusable ? "backup.cause.seal"
                : e instanceof IOException || e.getCause() instanceof IOException ? "backup.cause.storage"
                : "backup.cause.internal";
        // an Error would most likely come back on the next attempt: out of memory on the same files, say
        if (refused || e instanceof Error || attempt >= maxAttempts) {
            LOG.error("Backup {} failed after {} attempt(s)", backupId, attempt, e);
            update(backupId, backup -> {
                Dictionary words = dictionary(backup);
                return backup.fail(attempt, words.get("backup.failed.reason", words.get(reasonKey)), clock.instant());
            });
            return;
        }
        LOG.warn("Backup {} attempt {} failed; it will be tried again", backupId, attempt, e);
        BackupEntity queued = update(backupId, backup -> {
            Dictionary words = dictionary(backup);
            return backup.retryLater(attempt, words.get("backup.retrying", words.get(reasonKey)));
        });
        if (queued != null) {
            throw new Requeued(backupId, RETRY.multipliedBy((long) Math.pow(3, attempt - 1)), e);
        }
    }

    private void waitForStore(BackupEntity started, int attempt, StoreUnavailable outage) {
        long backupId = started.getId();
        StorageWaits waits = storageWaits;
        int waited = started.getStorageWaits();
        if (waited >= waits.count()) {
            LOG.error("Backup {} failed: the document store could not be reached after {} waits", backupId, waited, outage);
            update(backupId, backup -> {
                Dictionary words = dictionary(backup);
                return backup.failForStore(attempt, words.get("backup.failed.reason", words.get("backup.cause.outage")),
                        clock.instant());
            });
            return;
        }
        Duration wait = waits.after(waited);
        LOG.warn("Backup {}: the document store cannot be reached ({}); wait {} of {}, trying again in {} s", backupId,
                outage.getMessage(), waited + 1, waits.count(), wait.toSeconds());
        BackupEntity queued = update(backupId, backup -> backup.waitForStore(attempt,
                dictionary(backup).get("backup.waiting-for-store", Math.max(1, wait.toMinutes()))));
        if (queued != null) {
            throw new Requeued(backupId, wait, outage);
        }
    }

    private void compile(BackupEntity backup, int attempt, Path work) throws IOException {
        long backupId = backup.getId();
        Dictionary words = dictionary(backup);
        ZonedDateTime at = backup.getRequestedAt().atZone(clock.getZone());
        BackupOptions options = backup.getOptions();
        BackupRequest.Options engineOptions = new BackupRequest.Options(options.coverSheet(), options.invoiceDocuments(),
                options.attachmentTypes(), options.ordering(), options.typeOrder());
        long userId = backup.getRequestedBy();
        List<Long> invoiceIds = transaction.execute(status -> backups.findById(backupId).orElseThrow().getInvoiceIds());
        // rendering the invoice documents shows its progress too, and hands back between two documents
        ProgressReporter progress = new ProgressReporter(backupId, attempt);
        BackupRequest request = backup.getKind() == BackupKind.OWNER
                ? assembler.ownerBackup(userId, invoiceIds.getFirst(), engineOptions, words, at, work,
                backup.getArrangement(), progress)
                : assembler.subcontractorBackup(userId, backup.getProjectId(), invoiceIds, engineOptions,
                words, at, work, backup.getArrangement(), progress);
        request = request.arranged();
        Set<Long> carried = readers.carriedSubcontracts(userId, backup.getProjectId(), request);
        transaction.executeWithoutResult(status -> backups.findById(backupId).ifPresent(entity -> entity.carry(carried)));
        Project project = projects.project(userId, backup.getProjectId());
        String pdfName = BackupAssembler.fileName(backup.getKind(), project, words, at);
        String fileName = options.zip() ? pdfName.substring(0, pdfName.length() - ".pdf".length()) + ".zip" : pdfName;
        List<String> notes = new ArrayList<>();
        if (options.sealed()) {
            Optional<PackageSeal> seal = seals.of(project.companyId());
            // never an unsealed package in its place: the attempt fails, and the next may run where the seal works
            request = request.sealedWith(seal.orElseThrow(() -> new SealUnusable(project.companyId())));
        }
        request = request.since(previousPackage(backup, request, words));
        BackupEngine engine = new BackupEngine(sourceBudget);
        if (options.maxVolumeMegabytes() > 0) {
            compileInVolumes(backupId, attempt, engine, request, ByteSizes.ofMegabytes(options.maxVolumeMegabytes()), fileName,
                    notes, progress, Files.createDirectories(work.resolve("volumes")));
            return;
        }
        try (DocumentStore.NewDocument document = documents.create()) {
            BackupResult result = (options.zip()
                    ? new ZipPackager(engine).write(request, document.output(),
                    Files.createDirectories(work.resolve("zip")), progress)
                    : engine.compile(request, document.output(), progress)).withWarnings(notes);
            logDetails(backupId, result);
            if (result.status() == BackupResult.Status.FAILED) {
                update(backupId, entity -> entity.fail(attempt, String.join(" ", result.warnings()), clock.instant()));
                return;
            }
            document.commit();
            long size = documents.size(document.key());
            BackupEntity recorded = null;
            try {
                ChangesSince since = changesSince(request, result);
                recorded = update(backupId, entity -> entity.succeed(attempt, outcome(result), fileName, result.pages(),
                        size, document.key(), result.warnings(), result.snapshot().encode(), sentence(since, words),
                        since, clock.instant()));
            } finally {
                if (recorded == null) {
                    // not recorded, so never offered: the attempt that holds the backup writes its own document
                    documents.delete(document.key());
                }
            }
        }
    }

    /**
     * The volumes are written in the work folder first (each names the count of them all, known only at the end),
     * then each goes to the document store; none is offered unless all are recorded.
     */
    private void compileInVolumes(long backupId, int attempt, BackupEngine engine, BackupRequest request, long maxBytes,
                                  String fileName, List<String> notes, ProgressReporter progress, Path folder)
            throws IOException {
        VolumeCompiler.Outcome written = new VolumeCompiler(engine).compile(request, maxBytes, folder, progress);
        BackupResult result = written.result().withWarnings(notes);
        logDetails(backupId, result);
        if (result.status() == BackupResult.Status.FAILED) {
            update(backupId, entity -> entity.fail(attempt, String.join(" ", result.warnings()), clock.instant()));
            return;
        }
        List<VolumeFile> stored = new ArrayList<>();
        BackupEntity recorded = null;
        try {
            for (VolumeCompiler.Volume volume : written.volumes()) {
                try (DocumentStore.NewDocument document = documents.create()) {
                    Files.copy(volume.file(), document.output());
                    document.commit();
                    stored.add(new VolumeFile(document.key(), volume.bytes(), volume.pages()));
                }
            }
            ChangesSince since = changesSince(request, result);
            String sentence = sentence(since, request.dictionary());
            recorded = update(backupId, entity -> stored.size() == 1
                    ? entity.succeed(attempt, outcome(result), fileName, result.pages(), stored.getFirst().sizeBytes(),
                    stored.getFirst().documentKey(), result.warnings(), result.snapshot().encode(), sentence, since,
                    clock.instant())
                    : entity.succeedInVolumes(attempt, outcome(result), fileName, stored, result.warnings(),
                    result.snapshot().encode(), sentence, since, clock.instant()));
        } finally {
            if (recorded == null) {
                for (VolumeFile volume : stored) {
                    documents.delete(volume.documentKey());
                }
            }
        }
    }

    /** What the PDF library said of each file it could not take: for the log, not for the reader. */
    private static void logDetails(long backupId, BackupResult result) {
        result.manifest().stream().filter(entry -> entry.detail() != null && !entry.detail().isBlank()).forEach(entry ->
                LOG.info("Backup {}: {} of invoice {} {}: {}", backupId, entry.file(), entry.invoice(),
                        entry.fate(), entry.detail()));
    }

    private static BackupStatus outcome(BackupResult result) {
        return result.status() == BackupResult.Status.SUCCEEDED ? BackupStatus.SUCCEEDED
                : BackupStatus.SUCCEEDED_WITH_WARNINGS;
    }

    private static ChangesSince changesSince(BackupRequest request, BackupResult result) {
        return result.changes() == null ? null : new ChangesSince(request.previous().fileName(),
                request.previous().requestedAt(), result.changes().counts());
    }

    private static String sentence(ChangesSince since, Dictionary words) {
        return since == null ? null : since.sentence(words);
    }

    /** The latest earlier package of the same kind that held any of the same invoices; null when there is none. */
    private BackupRequest.Previous previousPackage(BackupEntity backup, BackupRequest request, Dictionary words) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        request.invoices().forEach(invoice -> {
            keys.add(invoice.key());
            labels.add(invoice.displayName());
        });
        for (BackupEntity earlier : backups.findEarlierPackages(backup.getProjectId(), backup.getKind(), backup.getId(),
                org.springframework.data.domain.Limit.of(50))) {
            PackageSnapshot snapshot = PackageSnapshot.decode(earlier.getSnapshot());
            if (snapshot.holdsAnyOf(keys, labels)) {
                return new BackupRequest.Previous(earlier.getFileName(),
                        words.formats().dateTime(earlier.getRequestedAt().atZone(clock.getZone())),
                        earlier.getRequestedAt(), snapshot);
            }
        }
        return null;
    }

    private Dictionary dictionary(BackupEntity backup) {
        return dictionaries.named(backup.getDictionary()).withFormats(Formats.of(backup.getFormatLocale()));
    }

    /** Applies a change in its own transaction and tells the listeners; null when the change was refused. */
    private BackupEntity update(long backupId, java.util.function.Predicate<BackupEntity> change) {
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

    /** Writes progress at most every half second, so a 500-invoice backup does not hammer the database. */
    private final class ProgressReporter implements BackupEngine.Progress {
        private final long backupId;
        private final int attempt;
        private long last;

        ProgressReporter(long backupId, int attempt) {
            this.backupId = backupId;
            this.attempt = attempt;
        }

        @Override
        public void invoice(int index, int count, String label) {
            if (handingBack) {
                throw new HandedBack(backupId);
            }
            long now = System.nanoTime();
            if (now - last < 500_000_000L && index < count) {
                return;
            }
            last = now;
            int percent = count == 0 ? 100 : Math.min(99, index * 100 / count);
            if (update(backupId, backup -> backup.progress(attempt, percent, label)) == null) {
                throw new ClaimLost();
            }
        }
    }

    /** The backup is back in the queue: its job runs again after {@link #after()}. */
    static class Requeued extends RuntimeException {
        private final Duration after;

        Requeued(long backupId, Duration after, Throwable cause) {
            super("Backup " + backupId + " queued again", cause, false, false);
            this.after = after;
        }

        Duration after() {
            return after;
        }
    }

    /** This instance is stopping: the backup goes back to the queue, and its job to the scheduler to run elsewhere. */
    static final class HandedBack extends Requeued {
        HandedBack(long backupId) {
            super(backupId, Duration.ZERO, null);
        }
    }

    /** The backup is to be sealed, and this instance has no usable seal of the company: see {@link CompanySeals}. */
    private static final class SealUnusable extends RuntimeException {
        SealUnusable(long companyId) {
            super("No usable seal of company " + companyId + " on this instance");
        }
    }

    /** Another attempt holds the backup now: this one stops and leaves everything to it. */
    private static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super(null, null, false, false);
        }
    }
}
