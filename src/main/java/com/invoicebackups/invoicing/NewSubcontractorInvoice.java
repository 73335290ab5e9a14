package com.invoicebackups.invoicing;

import java.time.LocalDate;
import java.util.List;

public record NewSubcontractorInvoice(long subcontractId, Long billingPeriodId, String number, InvoiceStatus status,
                                      LocalDate billingDate, LocalDate periodStart, LocalDate periodEnd,
                                      LocalDate submittedDate, LocalDate paymentDate, String comment,
                                      List<PayApplication.Entry> lines) {
}
