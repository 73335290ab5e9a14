package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.shared.Money;
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
@Table(name = "owner_invoice")
// each write sets only what it changed: a status or lines change leaves the document count to the uploads that keep it
@org.hibernate.annotations.DynamicUpdate
class OwnerInvoiceEntity extends AbstractInvoiceEntity {

    @Column(name = "prime_contract_id", nullable = false)
    private long primeContractId;

    // Copies of what the invoice shows of its prime contract and billing period, as on subcontractor invoices;
    // GridSortKeys keeps them in step with their sources in SQL, never written back from here, so a loaded invoice
    // cannot undo that

    @Column(name = "contract_number", nullable = false, updatable = false)
    private String contractNumber;

    /** The prime contract's number in natural order. */
    @Column(name = "contract_sort_key", nullable = false, updatable = false)
    private String contractSortKey;

    @Column(name = "contract_title", nullable = false, updatable = false)
    private String contractTitle;

    @Column(name = "billing_period_number", updatable = false)
    private Integer billingPeriodNumber;

    @Column(name = "billing_period_start", updatable = false)
    private LocalDate billingPeriodStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OwnerInvoiceStatus status;

    @ElementCollection
    @CollectionTable(name = "owner_invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_index")
    private List<InvoiceLineEntry> lines = new ArrayList<>();

    protected OwnerInvoiceEntity() {
    }

    /** {@code period}: the invoice's billing period, null for none. */
    OwnerInvoiceEntity(PrimeContract contract, BillingPeriod period, int position, NewOwnerInvoice invoice) {
        super(contract.projectId(), invoice.billingPeriodId(), invoice.number(), position, invoice.billingDate(),
                invoice.periodStart(), invoice.periodEnd(), invoice.comment());
        this.primeContractId = contract.id();
        this.contractNumber = contract.number();
        this.contractSortKey = NaturalOrder.sortKey(contract.number());
        this.contractTitle = contract.title();
        this.billingPeriodNumber = period == null ? null : period.number();
        this.billingPeriodStart = period == null ? null : period.startDate();
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
