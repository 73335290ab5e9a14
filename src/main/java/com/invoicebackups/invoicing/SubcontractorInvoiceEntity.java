package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.shared.NaturalOrder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "subcontractor_invoice")
// each write sets only what it changed: a status or lines change leaves the document count to the uploads that keep it
@org.hibernate.annotations.DynamicUpdate
class SubcontractorInvoiceEntity extends AbstractInvoiceEntity {

    @Column(name = "subcontract_id", nullable = false)
    private long subcontractId;

    // Copies of what the invoice shows of its subcontract, company and billing period, so that the grid sorts and
    // filters by walking an index of this table and invoicing's queries read no other module's tables. GridSortKeys
    // keeps them in step with their sources in SQL; never written back from here, so a loaded invoice cannot undo that.

    @Column(name = "contract_number", nullable = false, updatable = false)
    private String contractNumber;

    /** The subcontract number in natural order. */
    @Column(name = "contract_sort_key", nullable = false, updatable = false)
    private String contractSortKey;

    /** The subcontract's company. */
    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "company_name", nullable = false, updatable = false)
    private String companyName;

    @Column(name = "billing_period_number", updatable = false)
    private Integer billingPeriodNumber;

    @Column(name = "billing_period_start", updatable = false)
    private LocalDate billingPeriodStart;

    @Column(name = "billing_period_end", updatable = false)
    private LocalDate billingPeriodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(name = "submitted_date")
    private LocalDate submittedDate;

    @Column(name = "payment_date")
    private LocalDate paymentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status", nullable = false)
    private SignatureStatus signatureStatus = SignatureStatus.NONE;

    @Column(name = "signed_document_key")
    private String signedDocumentKey;

    @Column(name = "signed_sha256")
    private String signedSha256;

    @Column(name = "signed_proof_version")
    private Integer signedProofVersion;

    @Column(name = "signed_amount_due")
    private java.math.BigDecimal signedAmountDue;

    @Column(name = "review_note")
    private String reviewNote;

    @ElementCollection
    @CollectionTable(name = "subcontractor_invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_index")
    private List<InvoiceLineEntry> lines = new ArrayList<>();

    protected SubcontractorInvoiceEntity() {
    }

    /** {@code period}: the invoice's billing period, null for none. */
    SubcontractorInvoiceEntity(Subcontract subcontract, String companyName, BillingPeriod period, int position,
                               NewSubcontractorInvoice invoice) {
        super(subcontract.projectId(), invoice.billingPeriodId(), invoice.number(), position, invoice.billingDate(),
                invoice.periodStart(), invoice.periodEnd(), invoice.comment());
        this.subcontractId = subcontract.id();
        this.contractNumber = subcontract.number();
        this.contractSortKey = NaturalOrder.sortKey(subcontract.number());
        this.companyId = subcontract.companyId();
        this.companyName = companyName;
        this.billingPeriodNumber = period == null ? null : period.number();
        this.billingPeriodStart = period == null ? null : period.startDate();
        this.billingPeriodEnd = period == null ? null : period.endDate();
        this.status = invoice.status();
        this.submittedDate = invoice.submittedDate();
        this.paymentDate = invoice.paymentDate();
    }

    @Override
    List<InvoiceLineEntry> lines() {
        return lines;
    }

    long getSubcontractId() {
        return subcontractId;
    }

    InvoiceStatus getStatus() {
        return status;
    }

    SignatureStatus getSignatureStatus() {
        return signatureStatus;
    }

    String getReviewNote() {
        return reviewNote;
    }

    /** Moves to another status; a submission dates the invoice, a note replaces the previous one. */
    void changeStatus(InvoiceStatus to, String note, LocalDate today) {
        if (to == InvoiceStatus.UNDER_REVIEW) {
            submittedDate = today;
        }
        if (note != null || to == InvoiceStatus.UNDER_REVIEW) {
            reviewNote = note;
        }
        status = to;
    }

    /** {@code document}: the signed document, with what was learnt of it when it was recorded; null for none. */
    void sign(SignatureStatus status, InvoiceForBackup.SignedDocument document) {
        this.signatureStatus = status;
        this.signedDocumentKey = document == null ? null : document.key();
        this.signedSha256 = document == null ? null : document.sha256();
        this.signedProofVersion = document == null ? null : document.proofVersion();
        this.signedAmountDue = document == null ? null : document.statedAmountDue();
    }

    /** The signed document a backup shows instead of a rendered one; null unless the signature is COMPLETED. */
    InvoiceForBackup.SignedDocument signedDocument() {
        return signatureStatus != SignatureStatus.COMPLETED || signedDocumentKey == null ? null
                : new InvoiceForBackup.SignedDocument(signedDocumentKey, signedSha256, signedProofVersion, signedAmountDue);
    }

    SubcontractorInvoice toRecord() {
        return new SubcontractorInvoice(getId(), getProjectId(), subcontractId, getBillingPeriodId(), getNumber(),
                getPosition(), status, getBillingDate(), getPeriodStart(), getPeriodEnd(), submittedDate, paymentDate,
                getComment(), signatureStatus, signedDocumentKey, getAttachmentCount());
    }
}
