package com.invoicebackups.notification;

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

    private final InvoiceStepMail mail;

    OwnerInvoiceMailer(InvoiceStepMail mail) {
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(OwnerInvoiceReviewed event) {
        mail.send("mail.owner-invoice." + event.status().name(), event.actingUserId(), event.recipientIds(),
                event.invoiceNumber(), event.contractNumber(), event.ownerName(), event.path(), event.note());
    }
}
