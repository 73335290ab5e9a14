package com.invoicebackups.notification;

import com.invoicebackups.invoicing.InvoiceReviewed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A submitted invoice is mailed to the project's invoice administrators; one sent back for revision to its
 * invoice contacts, with the reason. Each reads it in their own words. Only when mail is configured.
 */
@Component
class InvoiceReviewMailer {

    private final InvoiceStepMail mail;

    InvoiceReviewMailer(InvoiceStepMail mail) {
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(InvoiceReviewed event) {
        mail.send(event.kind() == InvoiceReviewed.Kind.SUBMITTED ? "mail.invoice.submitted" : "mail.invoice.returned",
                event.actingUserId(), event.recipientIds(), event.invoiceNumber(), event.contractNumber(),
                event.companyName(), event.path(), event.reason());
    }
}
