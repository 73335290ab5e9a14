package com.invoicebackups.backup;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.invoicebackups.backup.pdf.PackageSeal;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.document.DocumentResource;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.document.ZippedDocuments;
import com.invoicebackups.invoicing.CompilePreflight;
import com.invoicebackups.invoicing.DocumentRules;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.OwnerPreflight;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectAccess;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests backups, lists a project's backup history and hands out finished documents. Compiling
 * itself runs as a durable job ({@link CompileBackupTask}).
 */
@Service
public class BackupService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BackupService.class);

    /**
     * A finished backup's file, for the download, read from the document store as it is sent. {@code size}: its length
     * in bytes, or -1 for a ZIP made as it is sent, which serves no ranges.
     */
    public record Download(String fileName, Resource content, long size) {

        public boolean ranged() {
            return size >= 0;
        }
    }

    private final BackupRepository backups;
    private final ProjectService projects;
    private final CompanyService companies;
    private final CompilePreflight preflight;
    private final OwnerPreflight ownerPreflight;
    private final InvoiceService invoices;
    private final DocumentStore documents;
    private final BackupMetrics metrics;
    private final Scheduler scheduler;
    private final ApplicationEventPublisher events;
    private final CompanySeals seals;
    private final PackagePlanner planner;
    private final ReconciliationFlags reconciliation;
    private final Dictionaries dictionaries;
    private final DocumentRules rules;
    private final Clock clock;
    private final BackupReaders readers;

    BackupService(BackupRepository backups, ProjectService projects, CompanyService companies, CompilePreflight preflight,
                  OwnerPreflight ownerPreflight, InvoiceService invoices, DocumentStore documents, Scheduler scheduler,
                  ApplicationEventPublisher events, CompanySeals seals, PackagePlanner planner,
                  ReconciliationFlags reconciliation, Dictionaries dictionaries, DocumentRules rules,
                  BackupMetrics metrics, Clock clock, BackupReaders readers) {
        this.readers = readers;
        this.metrics = metrics;
        this.rules = rules;
        this.seals = seals;
        this.planner = planner;
        this.reconciliation = reconciliation;
        this.dictionaries = dictionaries;
        this.backups = backups;
        this.projects = projects;
        this.companies = companies;
        this.preflight = preflight;
        this.ownerPreflight = ownerPreflight;
        this.invoices = invoices;
        this.documents = documents;
        this.scheduler = scheduler;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues a backup of the given invoices (for an owner backup: the one owner invoice). Refused when
     * the user may not compile, nothing is selected, or the preflight finds a blocking problem. The backup
     * and its compile job are created in one transaction: both or neither.
     */
    @Transactional
    public Backup request(long userId, long projectId, BackupKind kind, List<Long> invoiceIds, BackupOptions options) {
        return request(userId, projectId, kind, invoiceIds, options, null);
    }

    /**
     * As above, the backup written in the formats of the given locale (the requester's screen); without one, in
     * the formats the user chose, else US ones.
     */
    @Transactional
    public Backup request(long userId, long projectId, BackupKind kind, List<Long> invoiceIds, BackupOptions options,
                          Locale formats) {
        return request(userId, projectId, kind, invoiceIds, options, formats, null);
    }

    /**
     * As above, arranged in the package editor (subcontractor backups): its invoices left out are not compiled,
     * and the rest come in its order with its documents, titles and exclusions.
     */
    @Transactional
    public Backup request(long userId, long projectId, BackupKind kind, List<Long> invoiceIds, BackupOptions options,
                          Locale formats, Arrangement arrangement) {
        if (arrangement != null && kind == BackupKind.SUBCONTRACTOR) {
            List<Long> kept = arrangement.includedInvoiceIds().stream().filter(invoiceIds::contains).toList();
            invoiceIds = kept;
        }
        ProjectAccess access = projects.access(userId, projectId);
        access.requireCompiles(kind == BackupKind.OWNER);
        List<Long> selection = invoiceIds.stream().distinct().toList();
        if (selection.isEmpty() || kind == BackupKind.OWNER && selection.size() != 1) {
            throw new RuleViolation("backup.error.nothing-selected");
        }
        if (kind == BackupKind.OWNER && invoices.ownerInvoice(userId, selection.getFirst()).projectId() != projectId) {
            throw new NotFound("invoice", selection.getFirst());
        }
        if (!(kind == BackupKind.OWNER ? ownerPreflight.problems(userId, projectId, selection)
                : preflight.problems(userId, projectId, selection)).isEmpty()
                || ruleBlocks(userId, projectId, kind, selection, arrangement)) {
            throw new RuleViolation("backup.error.preflight");
        }
        UserAccount requester = companies.user(userId);
        String formatLocale = formats != null
                ? Locale.of(formats.getLanguage(), formats.getCountry()).toLanguageTag() : requester.formatLocale();
        BackupEntity created = new BackupEntity(projectId, kind, userId, clock.instant(), selection, options,
                requester.dictionary(), formatLocale);
        created.arrange(arrangement);
        BackupEntity backup = backups.saveAndFlush(created);
        CompileBackupTask.schedule(scheduler, backup.getId());
        Backup queued = record(backup);
        metrics.requested(kind);
        // screens hear of it once other readers can see it
        afterCommit(() -> events.publishEvent(new BackupEvent(queued)));
        return queued;
    }

    /**
     * Queues again a backup that a document store out of reach failed, as it was requested; for who may see it and
     * compile its kind. Refused for any other backup: what failed it would fail it again.
     */
    @Transactional
    public Backup retry(long userId, long backupId) {
        BackupEntity backup = backups.findById(backupId)
                .filter(found -> readers.judge(userId, found.getProjectId()).maySee(found))
                .orElseThrow(() -> new NotFound("backup", backupId));
        projects.access(userId, backup.getProjectId()).requireCompiles(backup.getKind() == BackupKind.OWNER);
        if (!backup.retry()) {
            throw new RuleViolation("backup.error.not-retryable");
        }
        CompileBackupTask.schedule(scheduler, backupId);
        Backup queued = record(backup);
        LOG.info("Backup {} queued again by user {} after the document store failed it", backupId, userId);
        afterCommit(() -> events.publishEvent(new BackupEvent(queued)));
        return queued;
    }

    /** One owner backup per owner invoice, all queued or none, each in the given formats (see above). */
    @Transactional
    public List<Backup> requestOwnerBackups(long userId, long projectId, List<Long> ownerInvoiceIds, BackupOptions options,
                                            Locale formats) {
        return requestOwnerBackups(userId, projectId, ownerInvoiceIds, options, formats, null);
    }

    /** As above; an arrangement from the package editor is for one owner invoice only. */
    @Transactional
    public List<Backup> requestOwnerBackups(long userId, long projectId, List<Long> ownerInvoiceIds, BackupOptions options,
                                            Locale formats, Arrangement arrangement) {
        List<Long> selection = ownerInvoiceIds.stream().distinct().toList();
        if (selection.isEmpty()) {
            throw new RuleViolation("backup.error.nothing-selected");
        }
        Arrangement arranged = selection.size() == 1 ? arrangement : null;
        return selection.stream()
                .map(id -> request(userId, projectId, BackupKind.OWNER, List.of(id), options, formats, arranged))
                .toList();
    }

    /**
     * What would not reconcile in these backups, in the user's words and the given formats (see
     * {@link ReconciliationFlags}).
     */
    public List<String> reconciliationFlags(long userId, long projectId, BackupKind kind, List<Long> ids, Locale formats) {
        projects.access(userId, projectId).requireCompiles(kind == BackupKind.OWNER);
        UserAccount user = companies.user(userId);
        Dictionary words = dictionaries.named(user.dictionary())
                .withFormats(formats != null ? Formats.of(formats) : Formats.of(user.formatLocale()));
        return reconciliation.of(userId, projectId, kind, ids, words);
    }

    /** Whether a document rule that blocks finds something missing in what this backup would hold. */
    private boolean ruleBlocks(long userId, long projectId, BackupKind kind, List<Long> selection,
                               Arrangement arrangement) {
        java.util.Set<Long> leftOut = arrangement == null ? java.util.Set.of() : arrangement.leftOutAttachmentIds();
        List<DocumentRules.Finding> findings = kind == BackupKind.SUBCONTRACTOR
                ? rules.findings(userId, projectId, selection, leftOut)
                : rules.carriedFindings(userId, projectId, carried(userId, selection.getFirst(), arrangement), leftOut);
        return findings.stream().anyMatch(DocumentRules.Finding::blocking);
    }

    /** The subcontractor invoices an owner backup carries: the APPROVED ones of its period, less those left out. */
    public List<Long> carried(long userId, long ownerInvoiceId, Arrangement arrangement) {
        var owner = invoices.ownerInvoice(userId, ownerInvoiceId);
        if (owner.billingPeriodId() == null) {
            return List.of();
        }
        return invoices.approvedInPeriod(userId, owner.projectId(), owner.billingPeriodId()).stream()
                .map(invoice -> invoice.id())
                .filter(id -> arrangement == null || arrangement.entry(Arrangement.subcontractorKey(id)) == null
                        || arrangement.entry(Arrangement.subcontractorKey(id)).included())
                .toList();
    }

    /** An owner backup as the package editor shows it (see {@link PackagePlanner}). */
    public List<PlannedInvoice> ownerPlan(long userId, long ownerInvoiceId) {
        UserAccount user = companies.user(userId);
        return planner.ownerPlan(userId, ownerInvoiceId, dictionaries.named(user.dictionary()));
    }

    /** The selection as the package editor shows it (see {@link PackagePlanner}). */
    public List<PlannedInvoice> plan(long userId, long projectId, List<Long> invoiceIds) {
        UserAccount user = companies.user(userId);
        return planner.plan(userId, projectId, invoiceIds, dictionaries.named(user.dictionary()));
    }

    /** Who seals this project's backups: the general contractor, when it has a usable keystore. */
    public Optional<String> sealedBy(long userId, long projectId) {
        return seals.of(projects.project(userId, projectId).companyId()).map(PackageSeal::signer);
    }

    /** The project's backups this user may see (see {@link BackupReaders}). */
    @Transactional(readOnly = true)
    public List<Backup> history(long userId, long projectId) {
        projects.access(userId, projectId);
        BackupReaders.Judge judge = readers.judge(userId, projectId);
        return backups.findByProjectIdOrderByRequestedAtDesc(projectId).stream()
                .filter(judge::maySee)
                .map(this::record)
                .toList();
    }

    /**
     * The user's own backups of the project that are still running or finished after {@code since}, newest first:
     * what the alert area shows, read without the rest of the history.
     */
    @Transactional(readOnly = true)
    public List<Backup> recentOf(long userId, long projectId, java.time.Instant since) {
        projects.access(userId, projectId);
        BackupReaders.Judge judge = readers.judge(userId, projectId);
        return backups.findRecentOf(projectId, userId, since).stream().filter(judge::maySee).map(this::record).toList();
    }

    /** The backups of this kind that hold the invoice: those this user may see, and a count of the others. */
    @Transactional(readOnly = true)
    public InvoiceBackups invoiceBackups(long userId, long projectId, BackupKind kind, long invoiceId) {
        BackupReaders.Judge judge = readers.judge(userId, projectId);
        long invoiceProject = kind == BackupKind.OWNER ? invoices.ownerInvoice(userId, invoiceId).projectId()
                : invoices.subcontractorInvoice(userId, invoiceId).projectId();
        if (invoiceProject != projectId) {
            throw new NotFound("invoice", invoiceId);
        }
        List<BackupEntity> holding = backups.findWithInvoice(projectId, kind, invoiceId);
        return new InvoiceBackups(holding.stream().filter(judge::maySee).map(this::record).toList(),
                (int) holding.stream().filter(backup -> !judge.maySee(backup))
                        .filter(backup -> backup.getStatus() != BackupStatus.FAILED).count());
    }

    @Transactional(readOnly = true)
    public Optional<Backup> backup(long userId, long backupId) {
        return backups.findById(backupId)
                .filter(backup -> readers.judge(userId, backup.getProjectId()).maySee(backup))
                .map(this::record);
    }

    /**
     * The finished file, for who may see the backup (see {@link BackupReaders}); empty for anyone else. A
     * backup in volumes comes as one ZIP of them all.
     */
    @Transactional(readOnly = true)
    public Optional<Download> download(long userId, long backupId) {
        return backup(userId, backupId).filter(Backup::downloadable).flatMap(backup -> {
            BackupEntity entity = backups.findById(backupId).orElseThrow();
            return backup.volumes() > 0 ? volumes(entity, backup) : file(backup.fileName(), entity.getDocumentKey());
        });
    }

    /** Volume {@code number} (from 1) of a backup written in volumes, to the same users; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<Download> download(long userId, long backupId, int number) {
        return backup(userId, backupId).filter(Backup::downloadable)
                .filter(backup -> number >= 1 && number <= backup.volumes())
                .flatMap(backup -> download(backups.findById(backupId).orElseThrow(), backup, number));
    }

    /**
     * What a delivery link serves of a finished backup, its token already checked: file {@code number} of
     * {@link #deliveredFiles}, or with 0 the ZIP of all volumes of a backup in volumes.
     */
    @Transactional(readOnly = true)
    Optional<Download> delivered(long backupId, int number) {
        return backups.findById(backupId).flatMap(entity -> {
            Backup backup = record(entity);
            if (!backup.downloadable()) {
                return Optional.empty();
            }
            if (backup.volumes() == 0) {
                return number == 1 ? file(backup.fileName(), entity.getDocumentKey()) : Optional.empty();
            }
            if (number == 0) {
                return volumes(entity, backup);
            }
            return number <= backup.volumes() ? download(entity, backup, number) : Optional.empty();
        });
    }

    /** The names of the files a delivery link serves, numbered from 1: the backup's file or each of its volumes. */
    @Transactional(readOnly = true)
    List<String> deliveredFiles(long backupId) {
        return backups.findById(backupId).map(entity -> {
            Backup backup = record(entity);
            if (!backup.downloadable()) {
                return List.<String>of();
            }
            if (backup.volumes() == 0) {
                return List.of(backup.fileName());
            }
            List<String> names = new ArrayList<>();
            for (int number = 1; number <= backup.volumes(); number++) {
                names.add(volumeName(entity, backup, number));
            }
            return names;
        }).orElse(List.of());
    }

    private Optional<Download> download(BackupEntity entity, Backup backup, int number) {
        return file(volumeName(entity, backup, number), entity.getVolumes().get(number - 1).documentKey());
    }

    /** Every volume under its own name in one ZIP, written as it is sent. */
    private Optional<Download> volumes(BackupEntity entity, Backup backup) {
        List<ZippedDocuments.Entry> entries = new ArrayList<>();
        for (int number = 1; number <= backup.volumes(); number++) {
            String key = entity.getVolumes().get(number - 1).documentKey();
            if (!documents.exists(key)) {
                return Optional.empty();
            }
            entries.add(new ZippedDocuments.Entry(volumeName(entity, backup, number), key));
        }
        String fileName = backup.baseName() + ".zip";
        // a plain InputStreamResource: Spring sends it without a length and makes no ranges of it
        return Optional.of(new Download(fileName, new InputStreamResource(
                () -> new ZippedDocuments(documents, entries), "volumes of backup " + backup.id()), -1));
    }

    private String volumeName(BackupEntity entity, Backup backup, int number) {
        return dictionaries.named(entity.getDictionary())
                .get("backup.volume-file-name", backup.baseName(), number, backup.volumes());
    }

    private Optional<Download> file(String fileName, String key) {
        try {
            long size = documents.size(key);
            return Optional.of(new Download(fileName, new DocumentResource(documents, key, size, fileName), size));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // the store is there but failed, or cannot be reached: not the same as a backup that does not exist
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Tool tool(BackupKind kind) {
        return kind == BackupKind.OWNER ? Tool.PRIME_CONTRACTS : Tool.COMMITMENTS;
    }

    private Backup record(BackupEntity backup) {
        return backup.toRecord(companies.user(backup.getRequestedBy()).displayName());
    }

    private static void afterCommit(Runnable action) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
    }
}
