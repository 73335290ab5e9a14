package com.invoicebackups.invoicing;

import java.util.List;

/**
 * An owner invoice moved between the two sides: submitted to the owner (the owner's administrators are told), decided
 * on or paid (the contractor's are told). Carries what the mail says, so the mailer asks nothing back.
 */
public record OwnerInvoiceReviewed(OwnerInvoiceStatus status, List<Long> recipientIds, long projectId, long invoiceId,
                                   String invoiceNumber, String contractNumber, String ownerName, String note,
                                   long actingUserId) {

    public String path() {
        return "projects/" + projectId + "/owner-invoices/" + invoiceId;
    }
}
