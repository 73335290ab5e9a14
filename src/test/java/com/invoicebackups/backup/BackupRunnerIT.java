package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.StoppedScheduler;
import com.invoicebackups.TestData;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.TestFiles;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;

/**
 * Every run of a compile job ends its backup exactly once. The job is run here on the test's thread, as a
 * scheduler worker would run it, and this instance's scheduler is stopped, so that nothing else touches
 * the backup meanwhile.
 */
@IntegrationTest
@Import(StoppedScheduler.class)
class BackupRunnerIT {

    @TestConfiguration
    static class Interference {
        @Bean
        @Primary
        InterferingDocumentStore interferingDocumentStore(@Qualifier("documentStore") DocumentStore store) {
            return new InterferingDocumentStore(store);
        }
    }

    @Autowired
    BackupService backups;
    @Autowired
    BackupRunner job;
    @Autowired
    ShutdownHandBack handBack;
    @Autowired
    InterferingDocumentStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CompanySeals seals;
    @Autowired
    AttachmentService attachments;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    ApplicationContext context;
    @Value("${invoicebackups.documents.dir}")
    Path documents;

    TestData data;
    TestData.World world;
    SubcontractorInvoice invoice;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        invoice = data.approvedInvoice(world);
    }

    static Stream<Error> errors() {
        return Stream.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new NoClassDefFoundError("com/itextpdf/kernel/pdf/PdfPage"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void an_error_in_the_engine_ends_the_backup_failed_with_its_reason(Error error) throws Exception {
        long id = request();
        List<Path> before = files();
        store.onFirstWrite(() -> {
            throw error;
        });

        job.run(id);

        Backup failed = backups.backup(world.admin().id(), id).orElseThrow();
        assertThat(failed.status()).isEqualTo(BackupStatus.FAILED);
        assertThat(failed.warnings()).containsExactly(
                "The backup could not be compiled: an unexpected error, which was logged");
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(files()).as("nothing written, not even a partial file").isEqualTo(before);
    }

    @Test
    void a_duplicate_run_after_success_changes_nothing_and_leaves_no_extra_file() throws Exception {
        long id = request();
        job.run(id);
        Map<String, Object> succeeded = row(id);
        assertThat(succeeded).containsEntry("status", "SUCCEEDED");
        List<Path> after = files();

        job.run(id);

        assertThat(row(id)).isEqualTo(succeeded);
        assertThat(files()).isEqualTo(after);
        assertThat(backups.download(world.admin().id(), id)).isPresent();
    }

    @Test
    void a_run_whose_backup_was_taken_over_records_nothing_and_leaves_no_file() throws Exception {
        long id = request();
        List<Path> before = files();
        // another instance starts the same backup while this run is writing
        store.onFirstWrite(() -> jdbc.sql("update backup set attempts = attempts + 1, version = version + 1 where id = ?")
                .param(id).update());

        job.run(id);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("status", "RUNNING").containsEntry("attempts", 2);
        assertThat(row.get("document_key")).isNull();
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void a_backup_whose_instances_died_as_often_as_attempts_allow_is_failed_instead_of_compiled_again() throws Exception {
        long id = request();
        List<Path> before = files();
        // three attempts began and their instances died (killed, out of memory) before they could record anything
        jdbc.sql("update backup set status = 'RUNNING', attempts = 3, version = version + 1 where id = ?").param(id).update();

        job.run(id);

        Backup failed = backups.backup(world.admin().id(), id).orElseThrow();
        assertThat(failed.status()).isEqualTo(BackupStatus.FAILED);
        assertThat(failed.warnings()).containsExactly(
                "The backup could not be compiled: it was tried as often as allowed without finishing");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void a_backup_the_job_engine_gives_up_on_is_failed_not_left_waiting() {
        long id = request();

        job.giveUp(id);

        assertThat(backups.backup(world.admin().id(), id).orElseThrow().status()).isEqualTo(BackupStatus.FAILED);
    }

    @Test
    void a_sealed_backup_carries_the_general_contractors_signature_over_the_whole_file() throws Exception {
        seals.createSelfSignedIfAbsent(world.project().companyId(), "Keystone Builders Inc.");
        assertThat(backups.sealedBy(world.admin().id(), world.project().id())).contains("Keystone Builders Inc.");
        long id = request(BackupOptions.ALL.sealed(true));

        job.run(id);

        assertThat(row(id)).containsEntry("status", "SUCCEEDED");
        Path file = Files.createTempFile("sealed", ".pdf");
        try (var in = backups.download(world.admin().id(), id).orElseThrow().content().getInputStream()) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        assertThat(new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Signature Validation: Signature is Valid.", "Total document signed");
    }

    @Test
    void a_seal_asked_for_that_this_instance_cannot_use_fails_each_attempt_and_never_makes_an_unsealed_package()
            throws Exception {
        long id = request(BackupOptions.ALL.sealed(true));
        List<Path> before = files();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.run(id)).isInstanceOf(BackupRunner.Requeued.class);
        assertThat(backups.backup(world.admin().id(), id).orElseThrow().status()).isEqualTo(BackupStatus.QUEUED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.run(id)).isInstanceOf(BackupRunner.Requeued.class);
        job.run(id);

        Backup failed = backups.backup(world.admin().id(), id).orElseThrow();
        assertThat(failed.status()).isEqualTo(BackupStatus.FAILED);
        assertThat(failed.warnings()).singleElement().asString()
                .contains("it was to be sealed, and the certificate of the company of this project could not be used");
        assertThat(files()).as("no unsealed package written").isEqualTo(before);
    }

    @Test
    void a_second_backup_of_the_same_invoice_after_an_attachment_was_replaced_shows_the_replacement()
            throws Exception {
        byte[] first = TestFiles.pdf("waiver as first signed", 1);
        byte[] second = TestFiles.pdf("waiver as signed again", 1);
        // the invoice goes back for a corrected waiver: documents are replaced while it is to be revised
        invoice = data.invoice(data.subcontract(world, "SC-7", world.subcontractor()),
                periods.period(invoice.billingPeriodId()), "7-01", InvoiceStatus.REVISE_AND_RESUBMIT, "100.00", null);
        InvoiceRef ref = InvoiceRef.subcontractor(invoice.id());
        long firstWaiver = attachments.upload(world.admin().id(), ref, "Lien waiver.pdf", DocumentType.LIEN_WAIVER, first).id();
        long earlier = request();
        job.run(earlier);
        Backup before = backups.backup(world.admin().id(), earlier).orElseThrow();
        assertThat(before.changes()).isNull();

        attachments.remove(world.admin().id(), firstWaiver);
        attachments.upload(world.admin().id(), ref, "Lien waiver.pdf", DocumentType.LIEN_WAIVER, second);
        attachments.upload(world.admin().id(), ref, "Payroll.pdf", DocumentType.CERTIFIED_PAYROLL,
                TestFiles.pdf("payroll", 1));
        long later = request();
        job.run(later);

        Backup after = backups.backup(world.admin().id(), later).orElseThrow();
        assertThat(after.changes()).startsWith("Changes since " + before.fileName() + " of ")
                .endsWith(": 1 document added, 1 document replaced.");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(backups.download(world.admin().id(), later)
                .orElseThrow().content().getInputStream()))) {
            int changesPage = pdf.getNumberOfPages() - 1;
            // the title wraps: read the page as one line
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(changesPage)).replace('\n', ' '))
                    .contains("Changes since " + before.fileName(), "Document added", "SC-7 7-01: Payroll.pdf",
                            "Document replaced", "SC-7 7-01: Lien waiver.pdf replaced (SHA-256 "
                                    + sha256(first).substring(0, 12) + "\u2026 now " + sha256(second).substring(0, 12))
                    .doesNotContain("Amount changed", "Invoice added");
            assertThat(pdf.getOutlines(false).getAllChildren().getLast().getTitle())
                    .startsWith("Changes since " + before.fileName());
        }
    }

    @Test
    void a_zip_backup_is_stored_as_one_zip_named_so_with_a_pdf_per_invoice() throws Exception {
        long id = request(BackupOptions.ALL.asZip());

        job.run(id);

        Backup done = backups.backup(world.admin().id(), id).orElseThrow();
        assertThat(done.status()).isEqualTo(BackupStatus.SUCCEEDED);
        BackupService.Download download = backups.download(world.admin().id(), id).orElseThrow();
        assertThat(download.fileName()).startsWith("Subcontractor invoice backup - ").endsWith(".zip")
                .isEqualTo(done.fileName());
        List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(download.content().getInputStream())) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("00 - Cover, contents and manifest.pdf", "01 - SC-1 1-01.pdf");
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void told_to_hand_back_while_rendering_it_shows_its_progress_and_stops_between_two_documents() throws Exception {
        // enough invoices that rendering their documents lasts long enough to be caught at it
        List<com.invoicebackups.billing.BillingPeriod> months = new java.util.ArrayList<>();
        for (int month = 0; month < 12; month++) {
            months.add(data.period(world, java.time.LocalDate.of(2025, 1, 1).plusMonths(month),
                    com.invoicebackups.billing.PeriodStatus.CLOSED));
        }
        List<Long> selection = new java.util.ArrayList<>();
        for (int contract = 1; contract <= 20; contract++) {
            com.invoicebackups.contract.Subcontract subcontract = data.subcontract(world, "SC-" + (10 + contract),
                    world.subcontractor());
            for (int month = 0; month < months.size(); month++) {
                selection.add(data.invoice(subcontract, months.get(month), contract + "-" + (month + 1),
                        InvoiceStatus.APPROVED, "1.00", null).id());
            }
        }
        long id = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR, selection,
                BackupOptions.ALL.sealed(false)).id();
        java.util.concurrent.CompletableFuture<Throwable> ran = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                job.run(id);
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofMillis(20))
                    .until(() -> String.valueOf(row(id).get("progress_label")).startsWith("Invoice documents: "));
            long asked = System.nanoTime();
            java.util.concurrent.CompletableFuture.runAsync(handBack::handBackRunning);

            assertThat(ran.get(5, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(BackupRunner.HandedBack.class);
            assertThat((System.nanoTime() - asked) / 1_000_000).as("milliseconds to hand back").isLessThan(5_000);
            Map<String, Object> handedBack = row(id);
            assertThat(handedBack.get("status")).isEqualTo("QUEUED");
            assertThat(handedBack.get("attempts")).as("a hand-back uses up no attempt").isEqualTo(0);
        } finally {
            ran.get(30, java.util.concurrent.TimeUnit.SECONDS);
            handBack.start();
        }
    }

    private long request() {
        return request(BackupOptions.ALL);
    }

    private long request(BackupOptions options) {
        return backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR, List.of(invoice.id()),
                options).id();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from backup where id = ?").param(id).query().singleRow();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
