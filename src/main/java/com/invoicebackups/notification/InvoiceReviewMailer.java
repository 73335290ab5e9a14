package com.invoicebackups.notification;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.invoicing.InvoiceReviewed;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A submitted invoice is mailed to the project's invoice administrators; one sent back for revision to its
 * invoice contacts, with the reason. Each reads it in their own words. Only when mail is configured.
 */
@Component
class InvoiceReviewMailer {

    private final ObjectProvider<JavaMailSender> mail;
    private final CompanyService companies;
    private final Dictionaries dictionaries;
    private final String baseUrl;
    private final String from;

    InvoiceReviewMailer(ObjectProvider<JavaMailSender> mail, CompanyService companies, Dictionaries dictionaries,
                        @Value("${invoicebackups.base-url}") String baseUrl,
                        @Value("${invoicebackups.mail.from:invoice-backups@localhost}") String from) {
        this.mail = mail;
        this.companies = companies;
        this.dictionaries = dictionaries;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.from = from;
    }

    @ApplicationModuleListener
    void on(InvoiceReviewed event) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        String actor = companies.user(event.actingUserId()).displayName();
        String key = event.kind() == InvoiceReviewed.Kind.SUBMITTED ? "mail.invoice.submitted" : "mail.invoice.returned";
        for (long recipientId : event.recipientIds()) {
            UserAccount recipient = companies.user(recipientId);
            Dictionary words = dictionaries.named(recipient.dictionary());
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient.email());
            message.setSubject(words.get(key + ".subject", event.invoiceNumber(), event.contractNumber()));
            message.setText(words.get(key + ".body", recipient.displayName(), actor, event.invoiceNumber(),
                    event.contractNumber(), event.companyName(), baseUrl + event.path(),
                    event.reason() == null ? "" : event.reason()));
            sender.send(message);
        }
    }
}
