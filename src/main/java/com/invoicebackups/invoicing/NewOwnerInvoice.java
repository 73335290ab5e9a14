package com.invoicebackups.invoicing;

import java.time.LocalDate;
import java.util.List;

public record NewOwnerInvoice(long primeContractId, Long billingPeriodId, String number, OwnerInvoiceStatus status,
                              LocalDate billingDate, LocalDate periodStart, LocalDate periodEnd, String comment,
                              List<PayApplication.Entry> lines) {
}
