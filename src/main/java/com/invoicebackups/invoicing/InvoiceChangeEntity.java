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

/** One recorded change of an invoice's status or signature: who, when, from, to, and why. */
@Entity
@Table(name = "invoice_change")
class InvoiceChangeEntity {

    enum Kind { STATUS, SIGNATURE }

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

    @Column(name = "to_value", nullable = false)
    private String toValue;

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

    InvoiceChange toRecord(String changedByName) {
        return new InvoiceChange(kind == Kind.SIGNATURE, fromValue, toValue, note, changedByName, changedAt);
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

    Instant changedAt() {
        return changedAt;
    }
}
