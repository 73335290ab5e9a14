package com.invoicebackups.invoicing;

import com.invoicebackups.contract.SovLine;
import com.invoicebackups.shared.BaseEntity;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NaturalOrder;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.OptimisticLock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What subcontractor and owner invoices share, including the totals kept for fast grids. */
@MappedSuperclass
abstract class AbstractInvoiceEntity extends BaseEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "billing_period_id")
    private Long billingPeriodId;

    @Column(nullable = false)
    private String number;

    /** The number in natural order, for the grids' sort by number. */
    @Column(name = "number_sort_key", nullable = false)
    private String numberSortKey;

    @Column(nullable = false)
    private int position;

    @Column(name = "billing_date")
    private LocalDate billingDate;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private String comment;

    @Column(name = "work_this_period", nullable = false)
    private BigDecimal workThisPeriod = BigDecimal.ZERO;

    @Column(name = "completed_to_date", nullable = false)
    private BigDecimal completedToDate = BigDecimal.ZERO;

    @Column(name = "retainage_amount", nullable = false)
    private BigDecimal retainageAmount = BigDecimal.ZERO;

    @Column(name = "earned_less_retainage", nullable = false)
    private BigDecimal earnedLessRetainage = BigDecimal.ZERO;

    @Column(name = "current_payment_due", nullable = false)
    private BigDecimal currentPaymentDue = BigDecimal.ZERO;

    /** Kept by document uploads and removals, which take the invoice's row lock instead of its version. */
    @OptimisticLock(excluded = true)
    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AbstractInvoiceEntity() {
    }

    AbstractInvoiceEntity(long projectId, Long billingPeriodId, String number, int position, LocalDate billingDate,
                          LocalDate periodStart, LocalDate periodEnd, String comment) {
        this.projectId = projectId;
        this.billingPeriodId = billingPeriodId;
        this.number = number;
        this.numberSortKey = NaturalOrder.sortKey(number);
        this.position = position;
        this.billingDate = billingDate;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.comment = comment;
    }

    abstract List<InvoiceLineEntry> lines();

    /**
     * The lines of a contract's next invoice: every line of its schedule at zero this period, the materials stored on
     * the latest of the {@code earlier} invoices carried forward, as they stay stored until billed as work.
     */
    static List<PayApplication.Entry> nextLines(List<SovLine> schedule, List<? extends AbstractInvoiceEntity> earlier,
                                                BigDecimal retainagePercent) {
        Map<Long, Money> stored = earlier.isEmpty() ? Map.of() : earlier.getLast().entries().stream()
                .collect(Collectors.toMap(PayApplication.Entry::sovLineId, PayApplication.Entry::materialsStored));
        return schedule.stream()
                .map(line -> new PayApplication.Entry(line.id(), Money.ZERO, stored.getOrDefault(line.id(), Money.ZERO),
                        retainagePercent))
                .toList();
    }

    void replaceLines(List<PayApplication.Entry> entries, PayApplication.Summary totals) {
        lines().clear();
        entries.forEach(entry -> lines().add(new InvoiceLineEntry(entry)));
        workThisPeriod = totals.workThisPeriod().amount();
        completedToDate = totals.totalCompletedAndStored().amount();
        retainageAmount = totals.retainage().amount();
        earnedLessRetainage = totals.totalEarnedLessRetainage().amount();
        currentPaymentDue = totals.currentPaymentDue().amount();
    }

    List<PayApplication.Entry> entries() {
        return lines().stream().map(InvoiceLineEntry::toEntry).toList();
    }

    void created(long userId, Instant at) {
        createdBy = userId;
        createdAt = at;
    }

    void edit(String number, LocalDate billingDate, String comment) {
        this.number = number;
        this.numberSortKey = NaturalOrder.sortKey(number);
        this.billingDate = billingDate;
        this.comment = comment;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void attachmentAdded() {
        attachmentCount++;
    }

    void attachmentRemoved() {
        attachmentCount--;
    }

    long getProjectId() {
        return projectId;
    }

    Long getBillingPeriodId() {
        return billingPeriodId;
    }

    String getNumber() {
        return number;
    }

    int getPosition() {
        return position;
    }

    LocalDate getBillingDate() {
        return billingDate;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    String getComment() {
        return comment;
    }

    BigDecimal getEarnedLessRetainage() {
        return earnedLessRetainage;
    }

    BigDecimal getWorkThisPeriod() {
        return workThisPeriod;
    }

    BigDecimal getCurrentPaymentDue() {
        return currentPaymentDue;
    }

    int getAttachmentCount() {
        return attachmentCount;
    }
}
