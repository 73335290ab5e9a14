package com.invoicebackups.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded change of an invoice: of its status or signature (from, to and why), or of one of its documents (the
 * file, and for a new type or expiry from what to what); always who and when.
 */
@Entity
@Table(name = "invoice_change")
class InvoiceChangeEntity {

    enum Kind { STATUS, SIGNATURE, DOCUMENT_ADDED, DOCUMENT_REMOVED, DOCUMENT_RETYPED, DOCUMENTS_REORDERED,
        DOCUMENT_EXPIRY, LINES_SAVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subcontractor_invoice_id")
    private Long subcontractorInvoiceId;

    @Column(name = "owner_invoice_id")
    private Long ownerInvoiceId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "from_value")
    private String fromValue;

    @Column(name = "to_value")
    private String toValue;

    @Column(name = "document_name")
    private String documentName;

    private String note;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected InvoiceChangeEntity() {
    }

    InvoiceChangeEntity(long subcontractorInvoiceId, Kind kind, String from, String to, String note, long changedBy,
                        Instant changedAt) {
        this.subcontractorInvoiceId = subcontractorInvoiceId;
        this.kind = kind;
        this.fromValue = from;
        this.toValue = to;
        this.note = note;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** A change of the invoice itself (its lines), of either kind. */
    static InvoiceChangeEntity of(InvoiceRef ref, Kind kind, String from, String to, long changedBy, Instant changedAt) {
        return ofDocument(ref, kind, null, from, to, null, changedBy, changedAt);
    }

    /** A change of one of the invoice's documents, or of their order when {@code documentName} is null. */
    static InvoiceChangeEntity ofDocument(InvoiceRef ref, Kind kind, String documentName, String from, String to,
                                          String note, long changedBy, Instant changedAt) {
        InvoiceChangeEntity change = new InvoiceChangeEntity();
        change.subcontractorInvoiceId = ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR ? ref.id() : null;
        change.ownerInvoiceId = ref.kind() == InvoiceRef.Kind.OWNER ? ref.id() : null;
        change.kind = kind;
        change.documentName = documentName;
        change.fromValue = from;
        change.toValue = to;
        change.note = note == null || note.length() <= 1000 ? note : note.substring(0, 999) + "\u2026";
        change.changedBy = changedBy;
        change.changedAt = changedAt;
        return change;
    }

    InvoiceChange toRecord(String changedByName) {
        return new InvoiceChange(kind == Kind.SIGNATURE, fromValue, toValue, note, changedByName, changedAt,
                InvoiceChange.What.valueOf(kind.name()), documentName);
    }

    long getChangedBy() {
        return changedBy;
    }

    Kind kind() {
        return kind;
    }

    String toValue() {
        return toValue;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
