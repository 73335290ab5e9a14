package com.invoicebackups.invoicing;

import com.invoicebackups.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One stored invoice line: what was claimed against one SOV line. */
@Embeddable
class InvoiceLineEntry {

    @Column(name = "sov_line_id", nullable = false)
    private long sovLineId;

    @Column(name = "work_this_period", nullable = false)
    private BigDecimal workThisPeriod;

    @Column(name = "materials_stored", nullable = false)
    private BigDecimal materialsStored;

    @Column(name = "retainage_percent", nullable = false)
    private BigDecimal retainagePercent;

    protected InvoiceLineEntry() {
    }

    InvoiceLineEntry(PayApplication.Entry entry) {
        this.sovLineId = entry.sovLineId();
        this.workThisPeriod = entry.thisPeriod().amount();
        this.materialsStored = entry.materialsStored().amount();
        this.retainagePercent = entry.retainagePercent();
    }

    PayApplication.Entry toEntry() {
        return new PayApplication.Entry(sovLineId, Money.of(workThisPeriod), Money.of(materialsStored), retainagePercent);
    }
}
