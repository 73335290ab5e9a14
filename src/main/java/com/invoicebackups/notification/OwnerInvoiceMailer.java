package com.invoicebackups.notification;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.OwnerInvoiceReviewed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Each step of an owner invoice is mailed to the other side: a submission to the owner's administrators, a decision
 * or a payment to the contractor's, with the owner's note. Each reads it in their own words. Only when mail is
 * configured.
 */
@Component
class OwnerInvoiceMailer {

    private final Mailbox mailbox;
    private final CompanyService companies;

    OwnerInvoiceMailer(Mailbox mailbox, CompanyService companies) {
        this.mailbox = mailbox;
        this.companies = companies;
    }

    @ApplicationModuleListener
    void on(OwnerInvoiceReviewed event) {
        String actor = companies.user(event.actingUserId()).displayName();
        String key = "mail.owner-invoice." + event.status().name();
        for (long recipientId : event.recipientIds()) {
            mailbox.send(recipientId, (message, recipient, words) -> {
                message.setSubject(words.get(key + ".subject", event.invoiceNumber(), event.contractNumber()));
                message.setText(words.get(key + ".body", recipient.displayName(), actor, event.invoiceNumber(),
                        event.contractNumber(), event.ownerName(), mailbox.link(event.path()),
                        event.note() == null ? "" : event.note()));
            });
        }
    }
}
