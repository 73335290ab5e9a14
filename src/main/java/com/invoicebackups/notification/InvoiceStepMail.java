package com.invoicebackups.notification;

import com.invoicebackups.company.CompanyService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A step of a subcontractor or owner invoice, mailed to each recipient in their own words: the subject and body under
 * the step's key name who took the step, the invoice, its contract and the other side, with a link to the invoice and
 * the note that came with the step (empty without one).
 */
@Component
class InvoiceStepMail {

    private final Mailbox mailbox;
    private final CompanyService companies;

    InvoiceStepMail(Mailbox mailbox, CompanyService companies) {
        this.mailbox = mailbox;
        this.companies = companies;
    }

    void send(String key, long actingUserId, List<Long> recipientIds, String invoiceNumber, String contractNumber,
              String otherSide, String path, String note) {
        String actor = companies.user(actingUserId).displayName();
        for (long recipientId : recipientIds) {
            mailbox.send(recipientId, (message, recipient, words) -> {
                message.setSubject(words.get(key + ".subject", invoiceNumber, contractNumber));
                message.setText(words.get(key + ".body", recipient.displayName(), actor, invoiceNumber, contractNumber,
                        otherSide, mailbox.link(path), note == null ? "" : note));
            });
        }
    }
}
