package com.invoicebackups.invoicing;

/** The Owner tab's search text and filters; null means "any". */
public record OwnerInvoiceFilter(String search, Long billingPeriodId, OwnerInvoiceStatus status) {

    public static final OwnerInvoiceFilter NONE = new OwnerInvoiceFilter(null, null, null);
}
