package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.project.Project;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the invoice screen shows, read at once with access checked once; money in the project's currency. */
public record InvoiceDetail(InvoiceRef ref, long projectId, Project project, String number, String status,
                            String contractNumber, String contractTitle, String companyName, BillingPeriod period,
                            LocalDate billingDate,
                            LocalDate submittedDate, String comment, String reviewNote, SignatureStatus signature,
                            String createdBy, Instant createdAt, long version, PayApplication payApplication,
                            List<Attachment> attachments, List<InvoiceChange> history, InvoiceRights rights) {

    public String currency() {
        return project.currency();
    }
}
