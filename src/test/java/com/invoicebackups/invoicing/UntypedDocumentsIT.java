package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupRequestBuilder;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.backup.PlannedDocument;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.DocumentRule.AppliesTo;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.terminology.Dictionary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Documents uploaded without a type: guessed only from clear evidence, and counted for rules once a person says so. */
@IntegrationTest
class UntypedDocumentsIT {

    @Autowired
    AttachmentService attachments;
    @Autowired
    DocumentRules rules;
    @Autowired
    CompilePreflight preflight;
    @Autowired
    BackupService backups;
    @Autowired
    BackupRequestBuilder requests;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;
    TestData.World world;
    SubcontractorInvoice invoice;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        world = data.world();
        invoice = data.invoice(data.subcontract(world, "SC-1", world.subcontractor()),
                data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED), "1-01", InvoiceStatus.APPROVED,
                "100.00", null);
    }

    @Test
    void a_type_is_guessed_only_from_a_telling_name_or_a_certificates_text_and_waits_for_confirmation() {
        Attachment scan = upload("Scan 0042.pdf", null, TestFiles.pdf("some pages", 1));
        Attachment waiver = upload("Unconditional_lien-waiver March.pdf", null, TestFiles.pdf("release", 1));
        Attachment certificate = upload("scan-17.pdf", null, TestFiles.pdf(
                "CERTIFICATE OF LIABILITY INSURANCE, general liability expires 2027-01-31", 1));
        Attachment receipt = upload("Lumber.jpg", DocumentType.RECEIPT, TestFiles.jpeg(40, 30));

        assertThat(List.of(scan, waiver, certificate, receipt))
                .extracting(a -> a.documentType() + " " + a.typeConfirmed())
                .containsExactly("null false", "UNCONDITIONAL_LIEN_WAIVER false", "INSURANCE false", "RECEIPT true");
        assertThat(certificate.expiresOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(certificate.expiryConfirmed()).isFalse();

        assertThat(attachments.retype(world.admin().id(), waiver.id(), DocumentType.UNCONDITIONAL_LIEN_WAIVER))
                .extracting(Attachment::documentType, Attachment::typeConfirmed)
                .containsExactly(DocumentType.UNCONDITIONAL_LIEN_WAIVER, true);
        assertThat(attachments.retype(world.admin().id(), receipt.id(), null))
                .extracting(Attachment::documentType, Attachment::typeConfirmed).containsExactly(null, false);
    }

    @Test
    void a_required_document_counts_only_once_a_person_set_or_confirmed_its_type() {
        rules.save(world.admin().id(), world.project().id(), List.of(
                new DocumentRule(DocumentType.LIEN_WAIVER, AppliesTo.EVERY_INVOICE, true)));
        Attachment guessed = upload("Conditional lien waiver.pdf", null, TestFiles.pdf("waiver", 1));
        upload("Scan.pdf", null, TestFiles.pdf("scan", 1));
        upload("Payroll week 3.pdf", DocumentType.CERTIFIED_PAYROLL, TestFiles.pdf("payroll", 1));

        assertThat(findings()).containsExactly("MISSING LIEN_WAIVER null true",
                "UNCONFIRMED LIEN_WAIVER Conditional lien waiver.pdf false", "UNCONFIRMED null Scan.pdf false");
        assertThatThrownBy(() -> compile()).isInstanceOf(RuleViolation.class);

        attachments.retype(world.admin().id(), guessed.id(), DocumentType.LIEN_WAIVER);
        assertThat(findings()).isEmpty();
        assertThat(compile()).isEqualTo(1);
    }

    @Test
    void without_rules_the_lien_waiver_warning_names_documents_that_may_be_the_waiver() {
        upload("Conditional lien waiver.pdf", null, TestFiles.pdf("waiver", 1));
        upload("Scan.pdf", null, TestFiles.pdf("scan", 1));
        upload("Receipt 7.pdf", DocumentType.RECEIPT, TestFiles.pdf("receipt", 1));

        assertThat(preflight.warnings(world.admin().id(), world.project().id(), List.of(invoice.id())))
                .extracting(w -> w.kind() + " " + w.fileName())
                .containsExactly("NO_LIEN_WAIVER null", "UNCONFIRMED_TYPE Conditional lien waiver.pdf",
                        "UNCONFIRMED_TYPE Scan.pdf");
    }

    @Test
    void an_untyped_document_is_of_type_other_in_a_backup_so_a_type_filter_keeps_or_leaves_it_like_one() {
        upload("Scan.pdf", null, TestFiles.pdf("scan", 1));
        BackupRequest request = requests.subcontractorBackup(world.admin().id(), world.project().id(),
                List.of(invoice.id()), new BackupRequest.Options(true, true, Set.of("OTHER")), Dictionary.load("gc"),
                ZonedDateTime.of(2026, 3, 5, 14, 7, 0, 0, ZoneId.of("UTC")), folder);
        assertThat(request.invoices().getFirst().attachments()).extracting(BackupRequest.Source::documentType)
                .containsExactly("OTHER");
        assertThat(backups.plan(world.admin().id(), world.project().id(), List.of(invoice.id())).getFirst().documents())
                .extracting(PlannedDocument::type).containsExactly(null, "OTHER");
    }

    private List<String> findings() {
        return rules.findings(world.admin().id(), world.project().id(), List.of(invoice.id())).stream()
                .map(f -> f.kind() + " " + f.documentType() + " " + f.fileName() + " " + f.blocking()).toList();
    }

    private int compile() {
        return backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(invoice.id()), BackupOptions.ALL).invoiceCount();
    }

    private Attachment upload(String name, DocumentType type, byte[] content) {
        return attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), name, type, content);
    }
}
