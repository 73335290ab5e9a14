package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.PackageSeal;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Compiles one queued backup into the document store. The output becomes visible only when complete
 * ({@link PackageStorage}); an attempt that breaks off (error, crash, restart) leaves nothing behind and the job runs
 * again from the start. What an error does to the backup is the {@link RetryPolicy}'s to say, what a stopping
 * instance does to it the {@link ShutdownHandBack}'s. Each attempt changes the backup only while it holds it (see
 * {@link BackupEntity#heldBy}), so a duplicate or overtaken run changes nothing and removes the document it wrote.
 */
@Component
class BackupRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRunner.class);

    private final BackupRepository backups;
    private final BackupRequestBuilder requests;
    private final ProjectService projects;
    private final CompanyService companies;
    private final TransactionTemplate transaction;
    private final CompanySeals seals;
    private final Clock clock;
    private final Duration sourceBudget;
    private final BackupReaders readers;
    private final BackupUpdates updates;
    private final BackupWords backupWords;
    private final ShutdownHandBack handBack;
    private final RetryPolicy retries;
    private final PackageChangeTracking changes;
    private final PackageStorage storage;

    BackupRunner(BackupRepository backups, BackupRequestBuilder requests, ProjectService projects,
                 CompanyService companies, TransactionTemplate transaction, CompanySeals seals, Clock clock,
                 BackupSettings settings, BackupReaders readers, BackupUpdates updates, BackupWords backupWords,
                 ShutdownHandBack handBack, RetryPolicy retries, PackageChangeTracking changes,
                 PackageStorage storage) {
        this.backups = backups;
        this.requests = requests;
        this.projects = projects;
        this.companies = companies;
        this.transaction = transaction;
        this.seals = seals;
        this.clock = clock;
        this.sourceBudget = Duration.ofSeconds(settings.sourceSeconds());
        this.readers = readers;
        this.updates = updates;
        this.backupWords = backupWords;
        this.handBack = handBack;
        this.retries = retries;
        this.changes = changes;
        this.storage = storage;
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
        if (handBack.stopping()) {
            // picked just as this instance began to stop: another instance takes it
            throw new HandedBack(backupId);
        }
        BackupEntity started = updates.apply(backupId, backup -> backup.start(clock.instant()) > 0);
        if (started == null) {
            return;
        }
        MDC.put("user", companies.user(started.getRequestedBy()).username());
        int attempt = started.getAttempts();
        LOG.info("Compiling backup {}, attempt {}", backupId, attempt);
        if (retries.failIfTriedTooOften(backupId, attempt)) {
            return;
        }
        Path work = null;
        handBack.compileStarted();
        try {
            work = Files.createTempDirectory("backup-" + backupId + "-");
            compile(started, attempt, work);
        } catch (HandedBack e) {
            LOG.info("Backup {} attempt {} handed back: this instance is stopping", backupId, attempt);
            updates.apply(backupId, backup -> backup.handBack(attempt));
            throw e;
        } catch (ClaimLost e) {
            LOG.info("Backup {} attempt {} stopped: a later attempt has taken it over", backupId, attempt);
        } catch (Throwable e) {
            // Errors too (out of memory, stack overflow, a missing class): a backup must never stay RUNNING
            retries.ended(started, attempt, e);
        } finally {
            if (work != null) {
                FileSystemUtils.deleteRecursively(work.toFile());
            }
            handBack.compileEnded();
        }
    }

    /**
     * The job engine stopped trying (its own failures, say the database gone while an attempt began):
     * a backup still waiting or running is failed, so none stays QUEUED or RUNNING for ever.
     */
    void giveUp(long backupId) {
        updates.apply(backupId, backup -> {
            Dictionary words = backupWords.of(backup);
            return backup.abandon(words.get("backup.failed.reason", words.get("backup.cause.attempts")), clock.instant());
        });
    }

    private void compile(BackupEntity backup, int attempt, Path work) throws IOException {
        long backupId = backup.getId();
        Dictionary words = backupWords.of(backup);
        ZonedDateTime at = backup.getRequestedAt().atZone(clock.getZone());
        BackupOptions options = backup.getOptions();
        BackupRequest.Options engineOptions = new BackupRequest.Options(options.coverSheet(), options.invoiceDocuments(),
                options.attachmentTypes(), options.ordering(), options.typeOrder());
        long userId = backup.getRequestedBy();
        List<Long> invoiceIds = transaction.execute(status -> backups.findById(backupId).orElseThrow().getInvoiceIds());
        // rendering the invoice documents shows its progress too, and hands back between two documents
        ProgressReporter progress = new ProgressReporter(backupId, attempt);
        BackupRequest request = backup.getKind() == BackupKind.OWNER
                ? requests.ownerBackup(userId, invoiceIds.getFirst(), engineOptions, words, at, work,
                backup.getArrangement(), progress)
                : requests.subcontractorBackup(userId, backup.getProjectId(), invoiceIds, engineOptions,
                words, at, work, backup.getArrangement(), progress);
        request = request.arranged();
        Set<Long> carried = readers.carriedSubcontracts(userId, backup.getProjectId(), request);
        transaction.executeWithoutResult(status -> backups.findById(backupId).ifPresent(entity -> entity.carry(carried)));
        Project project = projects.project(userId, backup.getProjectId());
        String pdfName = BackupFileName.of(backup.getKind(), project, words, at);
        String fileName = options.zip() ? pdfName.substring(0, pdfName.length() - ".pdf".length()) + ".zip" : pdfName;
        if (options.sealed()) {
            Optional<PackageSeal> seal = seals.of(project.companyId());
            // never an unsealed package in its place: the attempt fails, and the next may run where the seal works
            request = request.sealedWith(seal.orElseThrow(() -> new SealUnusable(project.companyId())));
        }
        request = request.since(changes.previousPackage(backup, request, words));
        storage.store(backupId, attempt, new BackupEngine(sourceBudget), request, options, fileName, words, progress,
                work);
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
            if (handBack.handingBack()) {
                throw new HandedBack(backupId);
            }
            long now = System.nanoTime();
            if (now - last < 500_000_000L && index < count) {
                return;
            }
            last = now;
            int percent = count == 0 ? 100 : Math.min(99, index * 100 / count);
            if (updates.apply(backupId, backup -> backup.progress(attempt, percent, label)) == null) {
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
    static final class SealUnusable extends RuntimeException {
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
