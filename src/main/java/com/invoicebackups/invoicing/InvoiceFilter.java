package com.invoicebackups.invoicing;

/** The grid's search text and filters; null means "any". */
public record InvoiceFilter(String search, Long companyId, Long billingPeriodId, InvoiceStatus status) {

    public static final InvoiceFilter NONE = new InvoiceFilter(null, null, null, null);
}
