package com.invoicebackups.invoicing;

import jakarta.persistence.CollectionTable;
import com.invoicebackups.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "owner_invoice")
// each write sets only what it changed: a status or lines change leaves the document count to the uploads that keep it
@org.hibernate.annotations.DynamicUpdate
class OwnerInvoiceEntity extends AbstractInvoiceEntity {

    @Column(name = "prime_contract_id", nullable = false)
    private long primeContractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OwnerInvoiceStatus status;

    @ElementCollection
    @CollectionTable(name = "owner_invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_index")
    private List<InvoiceLineEntry> lines = new ArrayList<>();

    protected OwnerInvoiceEntity() {
    }

    OwnerInvoiceEntity(long projectId, long primeContractId, int position, NewOwnerInvoice invoice) {
        super(projectId, invoice.billingPeriodId(), invoice.number(), position, invoice.billingDate(),
                invoice.periodStart(), invoice.periodEnd(), invoice.comment());
        this.primeContractId = primeContractId;
        this.status = invoice.status();
    }

    @Override
    List<InvoiceLineEntry> lines() {
        return lines;
    }

    OwnerInvoiceStatus getStatus() {
        return status;
    }

    void changeStatus(OwnerInvoiceStatus to) {
        status = to;
    }

    long getPrimeContractId() {
        return primeContractId;
    }

    OwnerInvoice toRecord() {
        return new OwnerInvoice(getId(), getProjectId(), primeContractId, getBillingPeriodId(), getNumber(), getPosition(),
                status, getBillingDate(), getPeriodStart(), getPeriodEnd(), getComment(), getAttachmentCount(),
                Money.of(getWorkThisPeriod()), Money.of(getCurrentPaymentDue()));
    }
}
