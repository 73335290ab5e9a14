package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the invoice screen shows, read at once with access checked once. */
public record InvoiceDetail(InvoiceRef ref, long projectId, String currency, String number, String status,
                            String contractNumber, String contractTitle, String companyName, BillingPeriod period,
                            LocalDate billingDate,
                            LocalDate submittedDate, String comment, String reviewNote, SignatureStatus signature,
                            String createdBy, Instant createdAt, long version, PayApplication payApplication,
                            List<Attachment> attachments, List<InvoiceChange> history, InvoiceRights rights) {
}
