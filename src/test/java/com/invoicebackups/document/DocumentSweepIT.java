package com.invoicebackups.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceStatus;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sweep removes the documents no row refers to, once they are a day old, and keeps every other. */
@IntegrationTest
class DocumentSweepIT {

    @Autowired
    DocumentStore documents;
    @Autowired
    DocumentSweep sweep;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void documents_no_row_refers_to_are_removed_once_a_day_old_and_referenced_ones_stay() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);
        String attachment = context.getBean(AttachmentService.class).upload(world.admin().id(),
                InvoiceRef.subcontractor(invoice.id()), "waiver.pdf", DocumentType.LIEN_WAIVER,
                TestFiles.pdf("waiver", 1)).storageKey();
        String signature = context.getBean(InvoiceReviewService.class).recordSignedDocument(world.admin().id(),
                invoice.id(), "signed.pdf", TestFiles.pdf("signed", 1)).signedDocumentKey();
        long backupId = context.getBean(BackupService.class).request(world.admin().id(), world.project().id(),
                BackupKind.SUBCONTRACTOR, List.of(invoice.id()), BackupOptions.ALL).id();
        String backup = awaitDocumentKey(backupId);
        String orphan = documents.put(new ByteArrayInputStream(TestFiles.pdf("orphan", 1)));
        String youngOrphan = documents.put(new ByteArrayInputStream(TestFiles.pdf("young orphan", 1)));
        for (String key : List.of(attachment, signature, backup, orphan)) {
            Files.setLastModifiedTime(documents.local(key).path(), FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        }

        sweep.run();

        assertThat(List.of(attachment, signature, backup, youngOrphan)).allMatch(documents::exists);
        assertThat(documents.exists(orphan)).isFalse();
    }

    private String awaitDocumentKey(long backupId) {
        return await().alias("backup " + backupId + " compiled").atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.sql("select document_key from backup where id = ?").param(backupId)
                        .query(String.class).optional().orElse(null), Objects::nonNull);
    }
}
