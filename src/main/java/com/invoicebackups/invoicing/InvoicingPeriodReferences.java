package com.invoicebackups.invoicing;

import com.invoicebackups.billing.PeriodReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Invoices of either kind in a billing period, so the calendar keeps the period. */
@Component
class InvoicingPeriodReferences implements PeriodReferences {

    private final SubcontractorInvoiceRepository subcontractorInvoices;
    private final OwnerInvoiceRepository ownerInvoices;

    InvoicingPeriodReferences(SubcontractorInvoiceRepository subcontractorInvoices,
                              OwnerInvoiceRepository ownerInvoices) {
        this.subcontractorInvoices = subcontractorInvoices;
        this.ownerInvoices = ownerInvoices;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean referenced(long periodId) {
        return subcontractorInvoices.existsByBillingPeriodId(periodId) || ownerInvoices.existsByBillingPeriodId(periodId);
    }
}
