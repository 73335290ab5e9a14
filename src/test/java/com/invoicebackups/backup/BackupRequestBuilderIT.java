package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.BackupResult;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.CompilePreflight;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.NewOwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.Money;
import com.invoicebackups.terminology.Dictionary;
import com.invoicebackups.terminology.ForeignWords;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** From database rows to a backup PDF, read back. */
@IntegrationTest
class BackupRequestBuilderIT {

    static final Dictionary GC = Dictionary.load("gc");
    static final ZonedDateTime AT = ZonedDateTime.of(2026, 3, 5, 14, 7, 0, 0, ZoneId.of("UTC"));

    @Autowired
    InvoiceReviewService reviews;
    @Autowired
    BackupRequestBuilder requests;
    @Autowired
    ReconciliationFlags reconciliationFlags;
    @Autowired
    CompilePreflight preflight;
    @Autowired
    InvoiceService invoices;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ContractService contracts;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    TestData data;
    TestData.World world;
    Subcontract sc2;
    Subcontract sc10;
    BillingPeriod january;
    BillingPeriod february;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        sc10 = data.subcontract(world, "SC-10", world.subcontractor());
        sc2 = data.subcontract(world, "SC-2", world.subcontractor());
        january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
    }

    @Test
    void invoices_come_in_natural_contract_order_then_position_and_a_signed_pdf_replaces_the_rendered_one()
            throws IOException {
        SubcontractorInvoice tenFirst = data.invoice(sc10, january, "10-01", InvoiceStatus.APPROVED, "1000.00", null);
        SubcontractorInvoice twoFirst = data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "30000.00", null);
        SubcontractorInvoice twoSecond = data.invoice(sc2, february, "2-02", InvoiceStatus.UNDER_REVIEW, "20000.00", null);
        reviews.recordSignedDocument(world.admin().id(), twoSecond.id(), "signed.pdf",
                TestFiles.pdf("ELECTRONICALLY SIGNED pay application 2-02", 1));
        attachments.upload(world.admin().id(), InvoiceRef.subcontractor(twoFirst.id()), "Lien waiver 2-01.pdf",
                DocumentType.LIEN_WAIVER, TestFiles.pdf("waiver 2-01", 2));

        BackupRequest request = requests.subcontractorBackup(world.admin().id(), world.project().id(),
                List.of(tenFirst.id(), twoSecond.id(), twoFirst.id()), BackupRequest.Options.ALL, GC, AT, folder);
        assertThat(request.invoices()).extracting(BackupRequest.Invoice::label).containsExactly("2-01", "2-02", "10-01");

        Path output = compile(request);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(output.toFile()))) {
            // cover, reconciliation, contents, 2-01 rendered (2) + waiver (2), 2-02 signed (1), 10-01 rendered (2),
            // manifest
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 1 + 1 + 4 + 1 + 2 + 1);
            assertThat(text(pdf, 1)).contains("Project " , world.project().number(), "#1: 1/1/2026 - 1/31/2026",
                    "$51,000.00", "Current payment due");
            // one subtotal for the subcontractor's invoices, then the package total; the signed document states no
            // amount, so nothing is flagged
            assertThat(text(pdf, 2)).contains("Reconciliation", "Work", "this period", "to date", "Payment due",
                    "SC-2 " + world.subcontractor().name() + " 2-01 $30,000.00 $0.00",
                    "Total " + world.subcontractor().name() + " $51,000.00", "Package total $51,000.00",
                    "Every figure reconciles");
            assertThat(text(pdf, 4)).contains("Application and Certificate for Payment", "SC-2", "2-01", "$27,000.00");
            assertThat(text(pdf, 6)).contains("waiver 2-01 page 1");
            assertThat(text(pdf, 8)).contains("ELECTRONICALLY SIGNED pay application 2-02")
                    .doesNotContain("Application and Certificate for Payment");
            assertThat(text(pdf, 9)).contains("Application and Certificate for Payment", "10-01");
            List<PdfOutline> contracts = pdf.getOutlines(false).getAllChildren();
            assertThat(contracts).extracting(PdfOutline::getTitle)
                    .containsExactly("SC-2 \u00b7 " + world.subcontractor().name(), "SC-10 \u00b7 " + world.subcontractor().name());
            assertThat(contracts.getFirst().getAllChildren().get(1).getAllChildren()).extracting(PdfOutline::getTitle)
                    .containsExactly("Signed invoice document");
        }
        assertThat(BackupFileName.of(BackupKind.SUBCONTRACTOR, world.project(), GC, AT))
                .isEqualTo("Subcontractor invoice backup - "
                + world.project().name() + " - " + world.project().number() + " - 2026-03-05 - 14.07.pdf");
    }

    @Test
    void the_owner_backup_holds_the_owner_invoice_then_the_periods_approved_invoices_then_its_own_attachments()
            throws IOException {
        SubcontractorInvoice twoFirst = data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
        data.invoice(sc10, january, "10-01", InvoiceStatus.APPROVED, "100.00", null);
        data.invoice(data.subcontract(world, "SC-3", world.subcontractor()), january, "3-01",
                InvoiceStatus.UNDER_REVIEW, "100.00", null);
        data.invoice(sc10, february, "10-02", InvoiceStatus.APPROVED, "100.00", null);
        attachments.upload(world.admin().id(), InvoiceRef.subcontractor(twoFirst.id()), "Waiver 2-01.pdf",
                DocumentType.LIEN_WAIVER, TestFiles.pdf("waiver 2-01", 1));
        PrimeContract prime = contracts.createPrimeContract(world.project().id(), "PC-001", "Prime", world.subcontractor().id(),
                BigDecimal.valueOf(5), List.of(new NewSovLine("1", "Building", Money.of("1000000.00"), null, false)));
        OwnerInvoice owner = invoices.createOwnerInvoice(new NewOwnerInvoice(prime.id(), january.id(), "OA-01",
                OwnerInvoiceStatus.SUBMITTED, january.endDate(), null, null, null, List.of()));
        attachments.upload(world.admin().id(), InvoiceRef.owner(owner.id()), "GC waiver.pdf", DocumentType.LIEN_WAIVER,
                TestFiles.pdf("GC waiver", 1));

        BackupRequest request = requests.ownerBackup(world.admin().id(), owner.id(), BackupRequest.Options.ALL, GC, AT,
                folder);
        // natural contract order (SC-2 before SC-10); SC-3's invoice is not approved, 10-02 of another period
        assertThat(request.invoices()).extracting(BackupRequest.Invoice::label)
                .containsExactly("OA-01", "2-01", "10-01", "OA-01");
        Path output = compile(request);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(output.toFile()))) {
            // the cover states the owner invoice's own figures, not the sum of its backup
            assertThat(text(pdf, 1)).contains("Owner invoice backup", "Work completed this period $0.00")
                    .doesNotContain("$100.00");
            // the owner invoice bills nothing this period while it carries $200.00 of approved work: flagged
            assertThat(text(pdf, 2)).contains("Subcontractor invoices carried $200.00",
                    "Owner invoice OA-01 $0.00", "Owner invoice less subcontractor invoices -$200.00",
                    "OA-01: the owner invoice bills $0.00 this period (work and stored materials), less than the $200.00")
                    .doesNotContain("Every figure reconciles");
            assertThat(text(pdf, 4)).contains("Application and Certificate for Payment", "OA-01");
            assertThat(text(pdf, 6)).contains("2-01");
            assertThat(text(pdf, 8)).contains("waiver 2-01 page 1");
            assertThat(text(pdf, 9)).contains("10-01");
            assertThat(text(pdf, pdf.getNumberOfPages() - 1)).contains("GC waiver page 1");
        }
        assertThatThrownBy(() -> requests.ownerBackup(world.viewer().id(), owner.id(), BackupRequest.Options.ALL, GC,
                AT, folder)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_backup_in_uk_formats_writes_dates_day_first_and_the_project_currency_as_the_uk_writes_it()
            throws IOException {
        SubcontractorInvoice invoice = data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
        Dictionary uk = GC.withFormats(Formats.of(Locale.UK));

        Path output = compile(requests.subcontractorBackup(world.admin().id(), world.project().id(),
                List.of(invoice.id()), BackupRequest.Options.ALL, uk, AT, folder));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(output.toFile()))) {
            assertThat(text(pdf, 1)).contains("#1: 01/01/2026 - 31/01/2026", "US$", "05/03/2026 14:07")
                    .doesNotContain("1/31/2026");
            assertThat(text(pdf, 4)).contains("#1: 01/01/2026 - 31/01/2026", "US$");
        }
    }

    @Test
    void a_signed_document_that_states_another_amount_due_than_its_lines_is_flagged_on_the_page_and_in_the_preflight()
            throws IOException {
        SubcontractorInvoice agreed = data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "1000.00", null);
        SubcontractorInvoice disputed = data.invoice(sc10, january, "10-01", InvoiceStatus.APPROVED, "1000.00", null);
        reviews.recordSignedDocument(world.admin().id(), agreed.id(), "agreed.pdf",
                TestFiles.pdf("Current payment due: $900.00", 1));
        reviews.recordSignedDocument(world.admin().id(), disputed.id(), "disputed.pdf",
                TestFiles.pdf("Current payment due: $1,250.00", 1));
        String flag = "SC-10 10-01: the signed invoice document states $1,250.00 due, its lines give $900.00.";

        assertThat(reconciliationFlags.of(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(agreed.id(), disputed.id()), GC)).containsExactly(flag);
        Path output = compile(requests.subcontractorBackup(world.admin().id(), world.project().id(),
                List.of(agreed.id(), disputed.id()), BackupRequest.Options.ALL, GC, AT, folder));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(output.toFile()))) {
            assertThat(text(pdf, 2)).contains("2-01 $1,000.00", "10-01 $1,000.00", flag, "Package total $2,000.00")
                    .doesNotContain("Every figure reconciles");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gc|Subcontractor invoice backup|Invoice 2-01|Invoices|Owner invoice backup|Owner invoice OA-01|Prime contract",
            "owner|Contractor invoice backup|Invoice 2-01|Invoices|Funding invoice backup|Funding invoice OA-01|Funding",
            "specialty|Subcontractor progress billing backup|Progress billing 2-01|Progress billings|GC/Client invoice backup"
                    + "|GC/Client invoice OA-01|Client contract"})
    void each_dictionary_reads_its_own_words_in_both_kinds_of_backup_and_none_of_another(String name, String title,
            String invoiceBookmark, String coverCount, String ownerTitle, String ownerBookmark, String primeContract)
            throws IOException {
        Dictionary words = Dictionary.load(name);
        SubcontractorInvoice invoice = data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
        attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), "Waiver.pdf",
                DocumentType.LIEN_WAIVER, TestFiles.pdf("waiver", 1));
        PrimeContract prime = contracts.createPrimeContract(world.project().id(), "PC-001", "Building",
                world.subcontractor().id(), BigDecimal.valueOf(5),
                List.of(new NewSovLine("1", "Building", Money.of("1000000.00"), null, false)));
        OwnerInvoice owner = invoices.createOwnerInvoice(new NewOwnerInvoice(prime.id(), january.id(), "OA-01",
                OwnerInvoiceStatus.SUBMITTED, january.endDate(), null, null, null, List.of()));

        Path subcontractorBackup = compile(requests.subcontractorBackup(world.admin().id(), world.project().id(),
                List.of(invoice.id()), BackupRequest.Options.ALL, words, AT, folder));
        String fileName = BackupFileName.of(BackupKind.SUBCONTRACTOR, world.project(), words, AT);
        String all = everything(subcontractorBackup) + fileName;
        assertThat(fileName).startsWith(title + " - ");
        assertThat(all).contains(title, invoiceBookmark, coverCount, "Backup page 1 of");
        assertThat(ForeignWords.in(name, all)).isEmpty();

        Path ownerBackup = compile(requests.ownerBackup(world.admin().id(), owner.id(), BackupRequest.Options.ALL, words,
                AT, folder));
        String ownerFileName = BackupFileName.of(BackupKind.OWNER, world.project(), words, AT);
        String ownerAll = everything(ownerBackup) + ownerFileName;
        assertThat(ownerFileName).startsWith(ownerTitle + " - ");
        assertThat(ownerAll).contains(ownerTitle, ownerBookmark, invoiceBookmark, primeContract + " PC-001 Building");
        assertThat(ForeignWords.in(name, ownerAll)).isEmpty();
    }

    @Test
    void the_preflight_lists_every_missing_period_and_open_earlier_period() {
        periods.close(world.admin().id(), february.id(), february.version());
        periods.open(world.admin().id(), january.id(), january.version());
        data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
        SubcontractorInvoice later = data.invoice(sc2, february, "2-02", InvoiceStatus.DRAFT, "100.00", null);
        SubcontractorInvoice withoutPeriod = data.invoice(sc10, null, "10-01", InvoiceStatus.DRAFT, "100.00", null);
        SubcontractorInvoice fine = data.invoice(sc10, february, "10-02", InvoiceStatus.DRAFT, "100.00", null);

        List<CompilePreflight.Problem> problems = preflight.problems(world.admin().id(), world.project().id(),
                List.of(later.id(), withoutPeriod.id(), fine.id()));
        assertThat(problems).extracting(CompilePreflight.Problem::contractNumber, CompilePreflight.Problem::kind,
                        CompilePreflight.Problem::periodNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SC-10", CompilePreflight.Kind.MISSING_PERIOD, null),
                        org.assertj.core.groups.Tuple.tuple("SC-2", CompilePreflight.Kind.EARLIER_PERIOD_OPEN, 1));
        assertThat(preflight.problems(world.admin().id(), world.project().id(), List.of(fine.id()))).isEmpty();
        assertThatThrownBy(() -> preflight.problems(world.viewer().id(), world.project().id(), List.of(fine.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Path compile(BackupRequest request) throws IOException {
        Path output = folder.resolve("backup-" + System.nanoTime() + ".pdf");
        try (OutputStream out = Files.newOutputStream(output)) {
            BackupResult result = new BackupEngine().compile(request, out, BackupEngine.Progress.NONE);
            assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED);
        }
        return output;
    }

    /** Every page's text and every bookmark title of a backup. */
    private static String everything(Path backup) throws IOException {
        StringBuilder all = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(backup.toFile()))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                all.append(text(pdf, page)).append('\n');
            }
            appendTitles(pdf.getOutlines(false), all);
        }
        return all.toString();
    }

    private static void appendTitles(PdfOutline outline, StringBuilder all) {
        for (PdfOutline child : outline.getAllChildren()) {
            all.append(child.getTitle()).append('\n');
            appendTitles(child, all);
        }
    }

    private static String text(PdfDocument pdf, int page) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page));
    }
}
