package com.invoicebackups.notification;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupFinished;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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

    private final ObjectProvider<JavaMailSender> mail;
    private final CompanyService companies;
    private final Dictionaries dictionaries;
    private final String baseUrl;
    private final String from;

    BackupMailer(ObjectProvider<JavaMailSender> mail, CompanyService companies, Dictionaries dictionaries,
                 @Value("${invoicebackups.base-url}") String baseUrl,
                 @Value("${invoicebackups.mail.from:invoice-backups@localhost}") String from) {
        this.mail = mail;
        this.companies = companies;
        this.dictionaries = dictionaries;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.from = from;
    }

    @ApplicationModuleListener
    void on(BackupFinished event) {
        Backup backup = event.backup();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        UserAccount requester = companies.user(backup.requestedBy());
        Dictionary words = dictionaries.named(requester.dictionary());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(requester.email());
        if (backup.downloadable()) {
            message.setSubject(words.get("mail.backup.subject", backup.fileName()));
            message.setText(words.get("mail.backup.body", requester.displayName(), backup.fileName(),
                    String.valueOf(backup.pageCount()), backup.warnings().size(),
                    baseUrl + backup.downloadPath()));
        } else {
            message.setSubject(words.get("mail.backup.failed.subject"));
            message.setText(words.get("mail.backup.failed.body", requester.displayName(), String.join(" ", backup.warnings())));
        }
        sender.send(message);
    }
}
