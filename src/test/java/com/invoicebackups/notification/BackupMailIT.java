package com.invoicebackups.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
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

    @Test
    void a_backup_in_volumes_is_stored_as_volumes_below_the_cap_each_downloadable_and_linked_in_the_mail()
            throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        List<Long> invoices = new java.util.ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            var invoice = data.invoice(data.subcontract(world, "SC-" + i, world.subcontractor()), period, i + "-01",
                    InvoiceStatus.APPROVED, "100.00", null);
            for (int a = 1; a <= 3; a++) {
                context.getBean(AttachmentService.class).upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()),
                        "Scan " + a + ".pdf", DocumentType.OTHER, TestFiles.noisePdf(1, 185_000, 10L * i + a));
            }
            invoices.add(invoice.id());
        }

        // about 1.2 MB of scans: two volumes of at most 1 MB, one invoice each
        Backup queued = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR, invoices,
                BackupOptions.ALL.inVolumesOf(1));
        assertThat(smtp.waitForIncomingEmail(60_000, 1)).isTrue();
        Backup done = backups.backup(world.admin().id(), queued.id()).orElseThrow();

        assertThat(done.volumes()).isEqualTo(2);
        int pages = 0;
        for (int number = 1; number <= 2; number++) {
            BackupService.Download volume = backups.download(world.admin().id(), done.id(), number).orElseThrow();
            assertThat(volume.fileName()).isEqualTo(done.baseName() + " - volume " + number + " of 2.pdf");
            assertThat(volume.size()).isLessThanOrEqualTo(com.invoicebackups.shared.ByteSizes.MEGABYTE);
            try (PdfDocument pdf = new PdfDocument(new PdfReader(volume.content().getInputStream()))) {
                pages += pdf.getNumberOfPages();
                assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("Volume " + number + " of 2");
                assertThat(pdf.getOutlines(false).getAllChildren()).extracting(outline -> outline.getTitle())
                        .containsExactly("SC-" + number + " \u00b7 " + world.subcontractor().name());
            }
        }
        assertThat(pages).isEqualTo(done.pageCount());
        assertThat(backups.download(world.admin().id(), done.id(), 3)).isEmpty();
        assertThat(backups.download(world.outsider().id(), done.id(), 1)).isEmpty();
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]))
                .contains("Volume 1 of 2: http://invoices.example/backups/" + done.id() + "/volumes/1/download")
                .contains("Volume 2 of 2: http://invoices.example/backups/" + done.id() + "/volumes/2/download");
    }
}
