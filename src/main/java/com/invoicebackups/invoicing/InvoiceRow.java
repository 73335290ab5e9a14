package com.invoicebackups.invoicing;

import com.invoicebackups.shared.Money;
import java.time.LocalDate;

/** One line of the Subcontractor tab's grid. Two rows are the same row when they show the same invoice. */
public record InvoiceRow(long id, String number, String contractNumber, String companyName, Integer periodNumber,
                         LocalDate periodStart, LocalDate periodEnd, InvoiceStatus status, LocalDate billingDate,
                         Money amountThisPeriod, Money currentPaymentDue, int attachmentCount,
                         SignatureStatus signatureStatus) {

    @Override
    public boolean equals(Object other) {
        return other instanceof InvoiceRow row && row.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
