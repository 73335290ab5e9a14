package com.invoicebackups.invoicing;

import java.time.LocalDate;

public record SubcontractorInvoice(long id, long projectId, long subcontractId, Long billingPeriodId, String number,
                                   int position, InvoiceStatus status, LocalDate billingDate, LocalDate periodStart,
                                   LocalDate periodEnd, LocalDate submittedDate, LocalDate paymentDate, String comment,
                                   SignatureStatus signatureStatus, String signedDocumentKey, int attachmentCount) {
}
