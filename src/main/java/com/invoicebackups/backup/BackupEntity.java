package com.invoicebackups.backup;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One requested backup and, once compiled, its output document. */
@Entity
@Table(name = "backup")
class BackupEntity extends BaseEntity {

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

    private String warnings;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ElementCollection
    @CollectionTable(name = "backup_invoice", joinColumns = @JoinColumn(name = "backup_id"))
    @OrderColumn(name = "position")
    @Column(name = "invoice_id")
    private List<Long> invoiceIds = new ArrayList<>();

    protected BackupEntity() {
    }

    BackupEntity(long projectId, BackupKind kind, long requestedBy, Instant requestedAt, List<Long> invoiceIds) {
        this.projectId = projectId;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = BackupStatus.QUEUED;
        this.invoiceIds.addAll(invoiceIds);
    }

    BackupStatus getStatus() {
        return status;
    }

    List<Long> getInvoiceIds() {
        return List.copyOf(invoiceIds);
    }
}
