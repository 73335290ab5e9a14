package com.invoicebackups.notification;

import com.invoicebackups.company.PasswordLinkIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The one-time set-password link, to a new user or one whose password an administrator reset. */
@Component
class PasswordLinkMailer {

    private final Mailbox mailbox;

    PasswordLinkMailer(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @ApplicationModuleListener
    void on(PasswordLinkIssued event) {
        String key = event.firstPassword() ? "mail.password.welcome" : "mail.password.reset";
        mailbox.send(event.userId(), (message, recipient, words) -> {
            message.setSubject(words.get(key + ".subject"));
            message.setText(words.get(key + ".body", recipient.displayName(), recipient.username(),
                    mailbox.link(event.path())));
        });
    }
}
