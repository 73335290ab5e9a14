package com.invoicebackups.notification;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupEvent;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the requester by email when their backup is finished, with the download link, in their own
 * words. Only when mail is configured (spring.mail.host); a mail that cannot be sent never fails the backup.
 */
@Component
class BackupMailer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupMailer.class);

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

    @EventListener
    void on(BackupEvent event) {
        Backup backup = event.backup();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || !backup.finished()) {
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
                    String.valueOf(backup.pageCount()), String.valueOf(backup.warnings().size()),
                    baseUrl + backup.downloadPath()));
        } else {
            message.setSubject(words.get("mail.backup.failed.subject"));
            message.setText(words.get("mail.backup.failed.body", requester.displayName(), String.join(" ", backup.warnings())));
        }
        try {
            sender.send(message);
        } catch (MailException | IllegalArgumentException e) {
            LOG.warn("Could not mail {} about backup {}: {}", requester.email(), backup.id(), e.getMessage());
        }
    }
}
