package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.BackupResult;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Compiles one queued backup into the document store. The output becomes visible only when complete;
 * an attempt that breaks off (error, crash, restart) leaves nothing behind and the job runs again
 * from the start. Transient errors are tried again a bounded number of times; a backup with nothing
 * to merge fails at once with its reason.
 */
@Component
class BackupRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRunner.class);

    private final BackupRepository backups;
    private final BackupAssembler assembler;
    private final DocumentStore documents;
    private final ProjectService projects;
    private final CompanyService companies;
    private final Dictionaries dictionaries;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxAttempts;

    BackupRunner(BackupRepository backups, BackupAssembler assembler, DocumentStore documents, ProjectService projects,
                 CompanyService companies, Dictionaries dictionaries, TransactionTemplate transaction,
                 ApplicationEventPublisher events, Clock clock, @Value("${invoicebackups.backup.attempts}") int maxAttempts) {
        this.backups = backups;
        this.assembler = assembler;
        this.documents = documents;
        this.projects = projects;
        this.companies = companies;
        this.dictionaries = dictionaries;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    void run(long backupId) {
        BackupEntity started = update(backupId, backup -> backup.start(clock.instant()));
        if (started == null) {
            return;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("backup-" + backupId + "-");
            compile(started, work);
        } catch (Exception e) {
            // the user reads what kind of trouble it was; the details, paths included, go to the log
            boolean permanent = e instanceof RuleViolation || e instanceof AccessDeniedException;
            String reasonKey = permanent ? "backup.cause.permission"
                    : e instanceof IOException || e.getCause() instanceof IOException ? "backup.cause.storage"
                    : "backup.cause.internal";
            if (permanent || started.getAttempts() >= maxAttempts) {
                LOG.error("Backup {} failed after {} attempt(s)", backupId, started.getAttempts(), e);
                update(backupId, backup -> {
                    Dictionary words = dictionary(backup);
                    backup.fail(words.get("backup.failed.reason", words.get(reasonKey)), clock.instant());
                    return true;
                });
                return;
            }
            LOG.warn("Backup {} attempt {} failed; it will be tried again", backupId, started.getAttempts(), e);
            update(backupId, backup -> {
                Dictionary words = dictionary(backup);
                backup.retryLater(words.get("backup.retrying", words.get(reasonKey)));
                return true;
            });
            throw new IllegalStateException("Backup " + backupId + " will be retried", e);
        } finally {
            if (work != null) {
                FileSystemUtils.deleteRecursively(work.toFile());
            }
        }
    }

    private void compile(BackupEntity backup, Path work) throws IOException {
        long backupId = backup.getId();
        Dictionary words = dictionary(backup);
        ZonedDateTime at = backup.getRequestedAt().atZone(clock.getZone());
        BackupOptions options = backup.getOptions();
        BackupRequest.Options engineOptions = new BackupRequest.Options(options.coverSheet(), options.invoiceDocuments(),
                options.attachmentTypes());
        long userId = backup.getRequestedBy();
        BackupRequest request = backup.getKind() == BackupKind.OWNER
                ? assembler.ownerBackup(userId, backup.getInvoiceIds().getFirst(), engineOptions, words, at, work)
                : assembler.subcontractorBackup(userId, backup.getProjectId(), backup.getInvoiceIds(), engineOptions,
                words, at, work);
        String fileName = BackupAssembler.fileName(projects.project(userId, backup.getProjectId()), words, at);
        ProgressReporter progress = new ProgressReporter(backupId);
        try (DocumentStore.NewDocument document = documents.create()) {
            BackupResult result = new BackupEngine().compile(request, document.output(), progress);
            if (result.status() == BackupResult.Status.FAILED) {
                update(backupId, entity -> {
                    entity.fail(String.join(" ", result.warnings()), clock.instant());
                    return true;
                });
                return;
            }
            document.commit();
            long size = documents.size(document.key());
            try {
                update(backupId, entity -> {
                    entity.succeed(result.status() == BackupResult.Status.SUCCEEDED ? BackupStatus.SUCCEEDED
                                    : BackupStatus.SUCCEEDED_WITH_WARNINGS, fileName, result.pages(), size,
                            document.key(), result.warnings(), clock.instant());
                    return true;
                });
            } catch (RuntimeException e) {
                // not recorded, so not offered: the next attempt writes its own document
                documents.delete(document.key());
                throw e;
            }
        }
    }

    private Dictionary dictionary(BackupEntity backup) {
        return dictionaries.named(backup.getDictionary());
    }

    /** Applies a change in its own transaction and tells the listeners; null when the change refused. */
    private BackupEntity update(long backupId, java.util.function.Predicate<BackupEntity> change) {
        BackupEntity saved = transaction.execute(status -> {
            BackupEntity backup = backups.findById(backupId).orElseThrow(() -> new NotFound("backup", backupId));
            return change.test(backup) ? backups.saveAndFlush(backup) : null;
        });
        if (saved != null) {
            events.publishEvent(new BackupEvent(saved.toRecord(companies.user(saved.getRequestedBy()).displayName())));
        }
        return saved;
    }

    /** Writes progress at most every half second, so a 500-invoice backup does not hammer the database. */
    private final class ProgressReporter implements BackupEngine.Progress {
        private final long backupId;
        private long last;

        ProgressReporter(long backupId) {
            this.backupId = backupId;
        }

        @Override
        public void invoice(int index, int count, String label) {
            long now = System.nanoTime();
            if (now - last < 500_000_000L && index < count) {
                return;
            }
            last = now;
            int percent = count == 0 ? 100 : Math.min(99, index * 100 / count);
            update(backupId, backup -> {
                backup.progress(percent, label);
                return true;
            });
        }
    }
}
