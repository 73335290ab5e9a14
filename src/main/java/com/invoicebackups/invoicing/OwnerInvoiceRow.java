package com.invoicebackups.invoicing;

import com.invoicebackups.shared.Money;
import java.time.LocalDate;

/** One line of the Owner tab's grid. Two rows are the same row when they show the same owner invoice. */
public record OwnerInvoiceRow(long id, String number, String contractNumber, Integer periodNumber, LocalDate periodStart,
                              OwnerInvoiceStatus status, LocalDate billingDate, Money workThisPeriod,
                              Money currentPaymentDue, int attachmentCount) {

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnerInvoiceRow row && row.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
