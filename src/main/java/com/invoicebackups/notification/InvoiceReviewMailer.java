package com.invoicebackups.notification;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.InvoiceReviewed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A submitted invoice is mailed to the project's invoice administrators; one sent back for revision to its
 * invoice contacts, with the reason. Each reads it in their own words. Only when mail is configured.
 */
@Component
class InvoiceReviewMailer {

    private final Mailbox mailbox;
    private final CompanyService companies;

    InvoiceReviewMailer(Mailbox mailbox, CompanyService companies) {
        this.mailbox = mailbox;
        this.companies = companies;
    }

    @ApplicationModuleListener
    void on(InvoiceReviewed event) {
        String actor = companies.user(event.actingUserId()).displayName();
        String key = event.kind() == InvoiceReviewed.Kind.SUBMITTED ? "mail.invoice.submitted" : "mail.invoice.returned";
        for (long recipientId : event.recipientIds()) {
            mailbox.send(recipientId, (message, recipient, words) -> {
                message.setSubject(words.get(key + ".subject", event.invoiceNumber(), event.contractNumber()));
                message.setText(words.get(key + ".body", recipient.displayName(), actor, event.invoiceNumber(),
                        event.contractNumber(), event.companyName(), mailbox.link(event.path()),
                        event.reason() == null ? "" : event.reason()));
            });
        }
    }
}
