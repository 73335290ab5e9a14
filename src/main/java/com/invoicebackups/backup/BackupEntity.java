package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.StoredJson;
import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;
import tools.jackson.core.type.TypeReference;

/** One requested backup and, once compiled, its output document. */
@Entity
@Table(name = "backup")
class BackupEntity extends BaseEntity {

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BackupKind kind;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BackupStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "document_key")
    private String documentKey;

    @Convert(converter = WarningsConverter.class)
    private List<String> warnings;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Convert(converter = BackupOptionsConverter.class)
    @Column(nullable = false)
    private BackupOptions options;

    @Column(nullable = false)
    private String dictionary;

    @Column(name = "format_locale")
    private String formatLocale;

    @Column(name = "progress_label")
    private String progressLabel;

    @Column(name = "snapshot")
    private String snapshot;

    @Column(name = "changes")
    private String changes;

    @Column(name = "changes_since_file_name")
    private String changesSinceFileName;

    @Column(name = "changes_since_at")
    private Instant changesSinceAt;

    /** JSON of {@link ChangesSince#counts()}. */
    @Column(name = "changes_counts")
    private String changesCounts;

    // JSON read only where it is used: it can be as long as the package, and lists read the row too
    @Column(name = "arrangement")
    private String arrangement;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "storage_waits", nullable = false)
    private int storageWaits;

    // lazy, and counted by the database for lists: loaded with the backup, a backup of thousands of invoices
    // repeated its row (snapshot and all) for every invoice
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "backup_invoice", joinColumns = @JoinColumn(name = "backup_id"))
    @OrderColumn(name = "position")
    @Column(name = "invoice_id")
    private List<Long> invoiceIds = new ArrayList<>();

    /** The subcontracts whose invoices it carries, which decide who may read it. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "backup_subcontract", joinColumns = @JoinColumn(name = "backup_id"))
    @Column(name = "subcontract_id")
    @BatchSize(size = 100)
    private Set<Long> carriedSubcontractIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "backup_volume", joinColumns = @JoinColumn(name = "backup_id"))
    @OrderColumn(name = "position")
    private List<VolumeFile> volumes = new ArrayList<>();

    @Formula("(select count(*) from backup_invoice i where i.backup_id = id)")
    private int invoiceCount;

    @Formula("(select count(*) from backup_volume v where v.backup_id = id)")
    private int volumeCount;

    protected BackupEntity() {
    }

    Set<Long> getCarriedSubcontractIds() {
        return carriedSubcontractIds;
    }

    void carry(Set<Long> subcontractIds) {
        carriedSubcontractIds.clear();
        carriedSubcontractIds.addAll(subcontractIds);
    }

    BackupEntity(long projectId, BackupKind kind, long requestedBy, Instant requestedAt, List<Long> invoiceIds,
                 BackupOptions options, String dictionary, String formatLocale) {
        this.projectId = projectId;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = BackupStatus.QUEUED;
        this.invoiceIds.addAll(invoiceIds);
        this.options = options;
        this.dictionary = dictionary;
        this.formatLocale = formatLocale;
    }

    /**
     * Starts one attempt and returns its number: the claim that each later change of this attempt must hold.
     * 0 when the backup already finished, which is not compiled again. Starting a RUNNING backup takes it over
     * from an attempt that died (or is slow): that attempt's changes are refused from now on.
     */
    int start(Instant now) {
        if (status != BackupStatus.QUEUED && status != BackupStatus.RUNNING) {
            return 0;
        }
        status = BackupStatus.RUNNING;
        attempts++;
        progress = 0;
        progressLabel = null;
        startedAt = now;
        return attempts;
    }

    /** Whether {@code attempt} still holds this backup: it is running and no later attempt has taken it over. */
    boolean heldBy(int attempt) {
        return status == BackupStatus.RUNNING && attempts == attempt;
    }

    boolean finished() {
        return status != BackupStatus.QUEUED && status != BackupStatus.RUNNING;
    }

    boolean progress(int attempt, int percent, String label) {
        if (!heldBy(attempt)) {
            return false;
        }
        progress = percent;
        progressLabel = label;
        return true;
    }

    boolean succeed(int attempt, BackupStatus outcome, String fileName, int pages, long size, String documentKey,
                    List<String> warnings, String snapshot, String changes, ChangesSince since, Instant now) {
        if (!heldBy(attempt)) {
            return false;
        }
        status = outcome;
        progress = 100;
        progressLabel = null;
        this.fileName = fileName;
        this.pageCount = pages;
        this.sizeBytes = size;
        this.documentKey = documentKey;
        this.warnings = List.copyOf(warnings);
        this.snapshot = snapshot;
        this.changes = changes == null || changes.length() <= 2000 ? changes : changes.substring(0, 1999) + "\u2026";
        this.changesSinceFileName = since == null ? null : since.fileName();
        this.changesSinceAt = since == null ? null : since.requestedAt();
        this.changesCounts = since == null ? null : StoredJson.write(since.counts());
        finishedAt = now;
        return true;
    }

    /** Records the volumes of a backup written in several; their first is its document. */
    boolean succeedInVolumes(int attempt, BackupStatus outcome, String fileName, List<VolumeFile> written,
                             List<String> warnings, String snapshot, String changes, ChangesSince since,
                             Instant now) {
        if (!succeed(attempt, outcome, fileName, written.stream().mapToInt(VolumeFile::pageCount).sum(),
                written.stream().mapToLong(VolumeFile::sizeBytes).sum(), written.getFirst().documentKey(), warnings,
                snapshot, changes, since, now)) {
            return false;
        }
        volumes.clear();
        volumes.addAll(written);
        return true;
    }

    List<VolumeFile> getVolumes() {
        return List.copyOf(volumes);
    }

    void arrange(Arrangement arranged) {
        this.arrangement = arranged == null ? null : StoredJson.write(arranged);
    }

    Arrangement getArrangement() {
        return arrangement == null ? null : StoredJson.read(arrangement, Arrangement.class);
    }

    String getSnapshot() {
        return snapshot;
    }

    String getFileName() {
        return fileName;
    }


    boolean retryLater(int attempt, String reason) {
        if (!heldBy(attempt)) {
            return false;
        }
        status = BackupStatus.QUEUED;
        progressLabel = null;
        warnings = reasonOnly(reason);
        return true;
    }

    /** Back in the queue for another instance, the attempt not counted: its instance is shutting down. */
    boolean handBack(int attempt) {
        if (!heldBy(attempt)) {
            return false;
        }
        status = BackupStatus.QUEUED;
        attempts--;
        progress = 0;
        progressLabel = null;
        startedAt = null;
        return true;
    }

    /** Back in the queue to wait for the document store, the attempt not counted: the store failed, not the backup. */
    boolean waitForStore(int attempt, String reason) {
        if (!handBack(attempt)) {
            return false;
        }
        storageWaits++;
        warnings = reasonOnly(reason);
        return true;
    }

    /** Failed by a document store that stayed out of reach: it may be tried again ({@link #retry()}). */
    boolean failForStore(int attempt, String reason, Instant now) {
        int waited = storageWaits;
        if (!fail(attempt, reason, now)) {
            return false;
        }
        storageWaits = Math.max(1, waited);
        return true;
    }

    /** Whether an outage of the document store failed this backup, so that trying again may succeed. */
    boolean retryable() {
        return status == BackupStatus.FAILED && storageWaits > 0;
    }

    /** Queues a backup an outage failed again, from the start, with all its attempts. */
    boolean retry() {
        if (!retryable()) {
            return false;
        }
        status = BackupStatus.QUEUED;
        attempts = 0;
        storageWaits = 0;
        progress = 0;
        progressLabel = null;
        warnings = null;
        startedAt = null;
        finishedAt = null;
        return true;
    }

    int getStorageWaits() {
        return storageWaits;
    }

    boolean fail(int attempt, String reason, Instant now) {
        return heldBy(attempt) && failed(reason, now);
    }

    /** Fails a backup that has not finished, whichever attempt holds it; false when it has finished. */
    boolean abandon(String reason, Instant now) {
        return !finished() && failed(reason, now);
    }

    private boolean failed(String reason, Instant now) {
        status = BackupStatus.FAILED;
        storageWaits = 0;
        progressLabel = null;
        warnings = reasonOnly(reason);
        finishedAt = now;
        return true;
    }

    private static List<String> reasonOnly(String reason) {
        return reason == null ? null : List.of(reason);
    }

    int getAttempts() {
        return attempts;
    }

    long getProjectId() {
        return projectId;
    }

    BackupStatus getStatus() {
        return status;
    }

    long getRequestedBy() {
        return requestedBy;
    }

    String getDocumentKey() {
        return documentKey;
    }

    String getDictionary() {
        return dictionary;
    }

    /** The language tag of the requester's number and date formats; null for US ones. */
    String getFormatLocale() {
        return formatLocale;
    }

    BackupKind getKind() {
        return kind;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    BackupOptions getOptions() {
        return options;
    }

    List<Long> getInvoiceIds() {
        return List.copyOf(invoiceIds);
    }

    Backup toRecord(String requesterName) {
        return new Backup(getId(), projectId, kind, requestedBy, requesterName, requestedAt, status, progress,
                progressLabel, fileName, pageCount, sizeBytes, warnings == null ? List.of() : List.copyOf(warnings),
                startedAt, finishedAt, Hibernate.isInitialized(invoiceIds) ? invoiceIds.size() : invoiceCount, changes,
                changesCounts == null ? null : new ChangesSince(changesSinceFileName, changesSinceAt,
                        StoredJson.read(changesCounts, COUNTS)),
                Hibernate.isInitialized(volumes) ? volumes.size() : volumeCount, retryable());
    }
}
