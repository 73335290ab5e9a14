package com.invoicebackups.notification;

import com.invoicebackups.backup.DeliveryLinksIssued;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.Formats;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails each recipient of a delivery their personal link once the delivery is committed. A plain listener on purpose:
 * the event publication registry would write the links' tokens to the database, where only their hashes belong. A
 * member reads the mail in their own words, an outside address (a lender, say) in the owner's.
 */
@Component
class DeliveryMailer {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryMailer.class);

    private final Mailbox mailbox;
    private final CompanyService companies;

    DeliveryMailer(Mailbox mailbox, CompanyService companies) {
        this.mailbox = mailbox;
        this.companies = companies;
    }

    @EventListener
    void on(DeliveryLinksIssued event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(event);
                }
            });
        } else {
            send(event);
        }
    }

    private void send(DeliveryLinksIssued event) {
        String sender = companies.user(event.senderId()).displayName();
        for (DeliveryLinksIssued.Link link : event.links()) {
            Mailbox.Text letter = (message, words) -> {
                message.setSubject(words.get("mail.delivery.subject", event.fileName(), event.projectName()));
                message.setText(words.get("mail.delivery.body", sender, event.fileName(), event.projectName(),
                        mailbox.link(link.path()), (com.invoicebackups.shared.Localizable) formats
                                -> formats.dateTime(event.expiresAt())));
            };
            try {
                if (link.recipientUserId() != null) {
                    mailbox.send(link.recipientUserId(), (message, recipient, words) -> letter.write(message, words));
                } else {
                    mailbox.sendTo(link.email(), "owner", Formats.of(Locale.US), letter);
                }
            } catch (RuntimeException e) {
                // the delivery stands in the backup's history: the sender sees it was not opened and sends again
                LOG.warn("Could not mail the delivery link of {} to {}: {}", event.fileName(), link.email(),
                        e.getMessage());
            }
        }
    }
}
