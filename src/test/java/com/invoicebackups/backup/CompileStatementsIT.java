package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.CountedStatements;
import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.terminology.Dictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Preparing a compile reads its data in batches: the click (access, preflight, the backup row and its job), the
 * compile dialog's reconciliation and the engine's request run the same number of SQL statements for 20 invoices as
 * for 500, and few of them.
 */
@IntegrationTest
class CompileStatementsIT {

    private static final int CONTRACTS = 50;
    private static final int INVOICES_PER_CONTRACT = 10;
    private static final int MOST_STATEMENTS = 60;

    @Autowired
    BackupService backups;
    @Autowired
    BackupRequestBuilder requests;
    @Autowired
    AttachmentService attachments;
    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    ApplicationContext context;

    record Counts(long click, long dialog, long request) {
    }

    @Test
    void a_compile_of_500_invoices_is_prepared_in_as_many_statements_as_one_of_20() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        List<BillingPeriod> periods = new ArrayList<>();
        for (int month = 0; month < INVOICES_PER_CONTRACT; month++) {
            periods.add(data.period(world, LocalDate.of(2025, 1, 1).plusMonths(month), PeriodStatus.CLOSED));
        }
        List<Long> invoices = new ArrayList<>();
        for (int c = 1; c <= CONTRACTS; c++) {
            Subcontract subcontract = data.subcontract(world, "SC-" + c, world.subcontractor());
            for (int i = 0; i < INVOICES_PER_CONTRACT; i++) {
                long id = data.invoice(subcontract, periods.get(i), c + "-" + (i + 1), InvoiceStatus.APPROVED,
                        "100.00", null).id();
                if (invoices.size() % 5 == 0) {
                    attachments.upload(world.admin().id(), InvoiceRef.subcontractor(id), "Waiver " + id + ".pdf",
                            DocumentType.LIEN_WAIVER, TestFiles.pdf("waiver " + id, 1));
                }
                if (invoices.size() % 10 == 1) {
                    reviews.recordSignedDocument(world.admin().id(), id, "Signed " + id + ".pdf",
                            TestFiles.pdf("Signed invoice " + id + " Current payment due 1.00", 1));
                }
                invoices.add(id);
            }
        }
        long admin = world.admin().id();
        long project = world.project().id();

        Counts twenty = counts(admin, project, invoices.subList(0, 20));
        Counts all = counts(admin, project, invoices);
        System.out.printf("%nCOMPILE STATEMENTS  20 invoices: %s%nCOMPILE STATEMENTS  500 invoices: %s%n", twenty, all);

        assertThat(all).as("statements for 500 invoices against 20").isEqualTo(twenty);
        assertThat(all.click() + all.request()).as("click and request together").isLessThan(MOST_STATEMENTS);
        assertThat(all.dialog()).isLessThan(MOST_STATEMENTS);
    }

    private Counts counts(long admin, long project, List<Long> invoices) throws Exception {
        Path work = Files.createTempDirectory("statements");
        try {
            long[] backup = new long[1];
            List<String> flags = new ArrayList<>();
            long dialog = CountedStatements.of(() -> flags.addAll(backups.reconciliationFlags(admin, project,
                    BackupKind.SUBCONTRACTOR, invoices, Locale.US)));
            long click = CountedStatements.of(() -> backup[0] = backups.request(admin, project,
                    BackupKind.SUBCONTRACTOR, invoices, BackupOptions.ALL).id());
            List<BackupRequest> request = new ArrayList<>();
            long assembled = CountedStatements.of(() -> request.add(requests.subcontractorBackup(admin, project,
                    invoices, BackupRequest.Options.ALL, Dictionary.load("gc"),
                    ZonedDateTime.of(2026, 1, 15, 9, 0, 0, 0, ZoneOffset.UTC), work)));

            assertThat(request.getFirst().invoices()).hasSize(invoices.size());
            assertThat(request.getFirst().invoices().stream().map(BackupRequest.Invoice::document)
                    .filter(document -> document.content() instanceof StoredSource))
                    .as("signed documents, proven when they were recorded: a compile only copies them")
                    .hasSize(invoices.size() / 10).allMatch(document -> document.provenSha256() != null);
            assertThat(flags).as("the signed documents state less than their invoices are due").isNotEmpty();
            Awaitility.await().atMost(Duration.ofMinutes(3)).until(() ->
                    backups.backup(admin, backup[0]).orElseThrow().finished());
            assertThat(backups.backup(admin, backup[0]).orElseThrow().downloadable()).isTrue();
            return new Counts(click, dialog, assembled);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }
}
