package com.invoicebackups.invoicing;

import java.util.List;

/**
 * An invoice went to review (its project's invoice administrators are told) or came back for revision
 * (its invoice contacts are told, with the reason). Carries what the mail says, so the mailer asks nothing back.
 */
public record InvoiceReviewed(Kind kind, List<Long> recipientIds, long projectId, long invoiceId, String invoiceNumber,
                              String contractNumber, String companyName, String reason, long actingUserId) {

    public enum Kind { SUBMITTED, RETURNED }

    public String path() {
        return "projects/" + projectId + "/invoices/" + invoiceId;
    }
}
