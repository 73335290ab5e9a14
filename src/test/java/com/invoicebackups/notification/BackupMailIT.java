package com.invoicebackups.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A real SMTP server receives the mail that tells the requester their backup is ready. */
@IntegrationTest
class BackupMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    BackupService backups;
    @Autowired
    ApplicationContext context;

    @Test
    void the_requester_gets_one_mail_with_the_download_link() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);

        Backup queued = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(invoice.id()), BackupOptions.ALL);
        assertThat(smtp.waitForIncomingEmail(40_000, 1)).isTrue();
        Backup done = backups.backup(world.admin().id(), queued.id()).orElseThrow();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(world.admin().email());
        assertThat(received[0].getSubject()).isEqualTo("Invoice backup compiled: " + done.fileName());
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("http://invoices.example/backups/" + done.id() + "/download")
                .contains(done.pageCount() + " pages");

        // a specialty contractor reads the mail in their own words
        var specialtyCompany = context.getBean(CompanyService.class).createCompany("Specialty " + world.project().number(),
                CompanyKind.SUBCONTRACTOR, "specialty");
        var specialist = data.user("specialist-" + world.project().number(), specialtyCompany);
        context.getBean(ProjectService.class).addMember(world.project().id(), specialist.id(), Permission.ADMIN,
                Permission.NONE);
        backups.request(specialist.id(), world.project().id(), BackupKind.SUBCONTRACTOR, List.of(invoice.id()),
                BackupOptions.ALL);
        assertThat(smtp.waitForIncomingEmail(40_000, 2)).isTrue();
        MimeMessage second = smtp.getReceivedMessages()[1];
        assertThat(second.getAllRecipients()[0].toString()).isEqualTo(specialist.email());
        assertThat(second.getSubject()).startsWith("Progress billing backup compiled: Subcontractor progress billing backup - ");
    }
}
