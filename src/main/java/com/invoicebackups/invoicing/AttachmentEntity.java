package com.invoicebackups.invoicing;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "attachment")
class AttachmentEntity extends BaseEntity {

    @Column(name = "subcontractor_invoice_id")
    private Long subcontractorInvoiceId;

    @Column(name = "owner_invoice_id")
    private Long ownerInvoiceId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType documentType;

    @Column(name = "type_confirmed", nullable = false)
    private boolean typeConfirmed;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(nullable = false)
    private int position;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileInspection inspection;

    @Column(name = "verdict_key")
    private String verdictKey;

    @Column(name = "verdict_detail")
    private String verdictDetail;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "expiry_confirmed", nullable = false)
    private boolean expiryConfirmed;

    @Column(name = "proof_version")
    private Integer proofVersion;

    protected AttachmentEntity() {
    }

    /** {@code documentType}: the uploader's choice, or null for none yet. */
    AttachmentEntity(InvoiceRef invoice, UploadCheck.CheckedFile file, DocumentType documentType, String storageKey,
                     int position, long uploadedBy, Instant uploadedAt) {
        this.subcontractorInvoiceId = invoice.kind() == InvoiceRef.Kind.SUBCONTRACTOR ? invoice.id() : null;
        this.ownerInvoiceId = invoice.kind() == InvoiceRef.Kind.OWNER ? invoice.id() : null;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.documentType = documentType;
        this.typeConfirmed = documentType != null;
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.storageKey = storageKey;
        this.position = position;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.inspection = file.inspection();
        this.verdictKey = file.verdictKey();
        this.verdictDetail = file.verdictDetail();
        this.proofVersion = file.proofVersion();
    }

    InvoiceRef invoice() {
        return subcontractorInvoiceId != null ? InvoiceRef.subcontractor(subcontractorInvoiceId)
                : InvoiceRef.owner(ownerInvoiceId);
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** A type guessed from clear evidence: shown as a guess until a person confirms it. */
    void guessType(DocumentType documentType) {
        this.documentType = documentType;
        this.typeConfirmed = false;
    }

    /** A person's choice: confirmed, unless it leaves the document without a type. */
    void retype(DocumentType documentType) {
        this.documentType = documentType;
        this.typeConfirmed = documentType != null;
    }

    /** An expiry read from the certificate: a proposal until the user confirms it. */
    void proposeExpiry(LocalDate date) {
        this.expiresOn = date;
        this.expiryConfirmed = false;
    }

    void confirmExpiry(LocalDate date) {
        this.expiresOn = date;
        this.expiryConfirmed = date != null;
    }

    Long getSubcontractorInvoiceId() {
        return subcontractorInvoiceId;
    }

    LocalDate getExpiresOn() {
        return expiresOn;
    }

    DocumentType getDocumentType() {
        return documentType;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    Attachment toRecord() {
        return new Attachment(getId(), fileName, mediaType, documentType, sizeBytes, sha256, storageKey, position,
                uploadedBy, uploadedAt, inspection, verdictKey, verdictDetail, expiresOn, expiryConfirmed, typeConfirmed,
                proofVersion);
    }
}
