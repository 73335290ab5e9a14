package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.Application;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.TestInstances;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance is killed while it compiles; after a restart the job runs again from the start and
 * finishes, and the backup has exactly one complete document.
 */
class RestartIT {

    @Test
    void a_backup_interrupted_by_a_crash_is_compiled_after_the_restart() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            // set up the data with an instance that runs no jobs
            ConfigurableApplicationContext setup = instances.startWithoutJobs("--invoicebackups.upload.max-bytes=10000000");
            TestData data = new TestData(setup);
            TestData.World world = data.world();
            var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
            var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
            var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);
            AttachmentService attachments = setup.getBean(AttachmentService.class);
            for (int i = 0; i < 80; i++) {
                attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), "payroll-" + i + ".pdf",
                        DocumentType.CERTIFIED_PAYROLL, TestFiles.pdf("payroll " + i, 50));
            }
            long backupId = setup.getBean(BackupService.class).request(world.admin().id(), world.project().id(),
                    BackupKind.SUBCONTRACTOR, List.of(invoice.id()), BackupOptions.ALL).id();
            JdbcClient jdbc = setup.getBean(JdbcClient.class);

            // another instance, in its own process, takes the job and is killed while compiling
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Application.class.getName(), "--spring.profiles.active=test"));
            command.addAll(instances.arguments());
            Process instance = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> !status(jdbc, backupId).equals("QUEUED"));
            } finally {
                instance.destroyForcibly().waitFor();
            }
            assertThat(status(jdbc, backupId)).as("killed while compiling").isEqualTo("RUNNING");

            // the restarted instance finds the job whose instance stopped heartbeating and compiles it again from the start
            setup.close();
            ConfigurableApplicationContext restarted = instances.start("--invoicebackups.upload.max-bytes=10000000");
            JdbcClient after = restarted.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> status(after, backupId).startsWith("SUCCEEDED"));
            assertThat(status(after, backupId)).isEqualTo("SUCCEEDED");
            assertThat(after.sql("select attempts from backup where id = ?").param(backupId).query(Integer.class).single())
                    .isEqualTo(2);
            String key = after.sql("select document_key from backup where id = ?").param(backupId)
                    .query(String.class).single();
            try (PdfDocument pdf = new PdfDocument(new PdfReader(restarted.getBean(DocumentStore.class).open(key)))) {
                // cover, reconciliation, two contents pages (81 entries), invoice (2), 80 x 50 pages, three manifest pages
                assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 1 + 2 + 2 + 4000 + 3);
            }
            // the 80 attachments and exactly one backup; the killed attempt left at most a .partial file
            assertThat(instances.completeDocuments()).hasSize(81);
        }
    }

    private static String status(JdbcClient jdbc, long backupId) {
        return jdbc.sql("select status from backup where id = ?").param(backupId).query(String.class).single();
    }
}
