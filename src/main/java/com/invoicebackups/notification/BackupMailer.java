package com.invoicebackups.notification;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the requester by email when their backup is finished, with the download link, in their own
 * words. Only when mail is configured (spring.mail.host). The mail is sent after the backup's commit, off
 * the job's thread, so it never holds up or fails the backup; one that could not be sent stays in the event
 * publication registry and is tried again when the application restarts.
 */
@Component
class BackupMailer {

    private final Mailbox mailbox;

    BackupMailer(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** The download link, or one line per volume with its link. */
    private String links(Backup backup, com.invoicebackups.terminology.Dictionary words) {
        if (backup.volumes() == 0) {
            return mailbox.link(backup.downloadPath());
        }
        StringBuilder lines = new StringBuilder();
        for (int number = 1; number <= backup.volumes(); number++) {
            lines.append('\n').append(words.get("backup.volume", number, backup.volumes())).append(": ")
                    .append(mailbox.link(backup.downloadPath(number)));
        }
        return lines.toString();
    }

    @ApplicationModuleListener
    void on(BackupFinished event) {
        Backup backup = event.backup();
        mailbox.send(backup.requestedBy(), (message, requester, words) -> {
            if (backup.downloadable()) {
                message.setSubject(words.get("mail.backup.subject", backup.fileName()));
                message.setText(words.get("mail.backup.body", requester.displayName(), backup.fileName(),
                        backup.pageCount(), backup.warnings().size(), links(backup, words)));
            } else {
                message.setSubject(words.get("mail.backup.failed.subject"));
                message.setText(words.get("mail.backup.failed.body", requester.displayName(),
                        String.join(" ", backup.warnings())));
            }
        });
    }
}
