package com.invoicebackups.notification;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.SiteSettings;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Mail to a user in their own words, with links to the product; nothing at all when mail is not configured. */
@Component
@EnableConfigurationProperties(MailSettings.class)
class Mailbox {

    /** Writes the subject and text in the recipient's words. */
    interface Letter {
        void write(SimpleMailMessage message, UserAccount recipient, Dictionary words);
    }

    /** Writes the subject and text to an address that is no user's. */
    interface Text {
        void write(SimpleMailMessage message, Dictionary words);
    }

    private final ObjectProvider<JavaMailSender> mail;
    private final CompanyService companies;
    private final Dictionaries dictionaries;
    private final SiteSettings site;
    private final String from;

    Mailbox(ObjectProvider<JavaMailSender> mail, CompanyService companies, Dictionaries dictionaries,
            SiteSettings site, MailSettings settings) {
        this.mail = mail;
        this.companies = companies;
        this.dictionaries = dictionaries;
        this.site = site;
        this.from = settings.from();
    }

    /** The product's address for a path such as "backups/3/download". */
    String link(String path) {
        return site.link(path);
    }

    void send(long recipientId, Letter letter) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        UserAccount recipient = companies.user(recipientId);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient.email());
        letter.write(message, recipient,
                dictionaries.named(recipient.dictionary()).withFormats(Formats.of(recipient.formatLocale())));
        sender.send(message);
    }

    /** Mail to an address that belongs to no user, in the dictionary and formats given. */
    void sendTo(String address, String dictionary, Formats formats, Text text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        text.write(message, dictionaries.named(dictionary).withFormats(formats));
        sender.send(message);
    }
}
