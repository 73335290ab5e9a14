package com.invoicebackups.invoicing;

import com.invoicebackups.shared.Money;
import java.time.LocalDate;

public record OwnerInvoice(long id, long projectId, long primeContractId, Long billingPeriodId, String number,
                           int position, OwnerInvoiceStatus status, LocalDate billingDate, LocalDate periodStart,
                           LocalDate periodEnd, String comment, int attachmentCount, Money workThisPeriod,
                           Money currentPaymentDue) {
}
