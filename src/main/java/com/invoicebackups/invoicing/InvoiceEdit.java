package com.invoicebackups.invoicing;

import com.invoicebackups.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** What the invoice contact types into an editable invoice: its header and, per SOV line, columns E and F. */
public record InvoiceEdit(String number, LocalDate billingDate, String comment, List<LineAmounts> lines) {

    public record LineAmounts(long sovLineId, Money thisPeriod, Money materialsStored) {
    }
}
