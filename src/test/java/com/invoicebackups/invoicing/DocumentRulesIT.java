package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.backup.Arrangement;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractForm;
import com.invoicebackups.invoicing.DocumentRule.AppliesTo;
import com.invoicebackups.shared.RuleViolation;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** A project's document rules against real invoices, attachments and certificates. */
@IntegrationTest
class DocumentRulesIT {

    @Autowired
    DocumentRules rules;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ContractService contracts;
    @Autowired
    CompanyService companies;
    @Autowired
    BackupService backups;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;
    TestData data;
    TestData.World world;
    BillingPeriod january;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
    }

    @Test
    void each_rule_applies_where_it_says_and_a_blocking_one_stops_the_compile() {
        Subcontract plain = data.subcontract(world, "SC-1", world.subcontractor());
        Subcontract prevailing = prevailingWage(data.subcontract(world, "SC-2", world.subcontractor()));
        SubcontractorInvoice first = data.invoice(plain, january, "1-01", InvoiceStatus.APPROVED, "100.00", null);
        BillingPeriod february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
        SubcontractorInvoice second = data.invoice(plain, february, "1-02", InvoiceStatus.APPROVED, "100.00", null);
        SubcontractorInvoice payroll = data.invoice(prevailing, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
        Attachment waiver = upload(first, "Waiver 1-01.pdf", DocumentType.LIEN_WAIVER, TestFiles.pdf("waiver", 1));
        rules.save(world.admin().id(), world.project().id(), List.of(
                new DocumentRule(DocumentType.LIEN_WAIVER, AppliesTo.EVERY_INVOICE, true),
                new DocumentRule(DocumentType.UNCONDITIONAL_LIEN_WAIVER, AppliesTo.AFTER_FIRST_INVOICE, false),
                new DocumentRule(DocumentType.CERTIFIED_PAYROLL, AppliesTo.PREVAILING_WAGE, false),
                new DocumentRule(DocumentType.CERTIFIED_PAYROLL, AppliesTo.PREVAILING_WAGE, true)));

        assertThat(rules.rules(world.viewer().id(), world.project().id())).hasSize(3);
        List<DocumentRules.Finding> findings = rules.findings(world.admin().id(), world.project().id(),
                List.of(first.id(), second.id(), payroll.id()));
        assertThat(findings).extracting(f -> f.invoiceNumber() + " " + f.kind() + " " + f.documentType() + " " + f.blocking())
                .containsExactly(
                        "1-02 MISSING LIEN_WAIVER true",
                        "1-02 MISSING UNCONDITIONAL_LIEN_WAIVER false",
                        "2-01 MISSING LIEN_WAIVER true",
                        "2-01 MISSING CERTIFIED_PAYROLL false");
        assertThat(rules.findings(world.admin().id(), world.project().id(), List.of(first.id()))).isEmpty();

        assertThatThrownBy(() -> backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(second.id()), BackupOptions.ALL)).isInstanceOf(RuleViolation.class);
        assertThat(backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(first.id()), BackupOptions.ALL).invoiceCount()).isEqualTo(1);
        // leaving the required waiver out in the package editor is refused as well
        Arrangement withoutWaiver = new Arrangement(List.of(new Arrangement.Entry(Arrangement.subcontractorKey(first.id()),
                true, List.of(new Arrangement.Document(Arrangement.attachmentKey(waiver.id()), false, "")))));
        assertThatThrownBy(() -> backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(first.id()), BackupOptions.ALL, null, withoutWaiver)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> rules.save(world.viewer().id(), world.project().id(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_insurance_certificate_is_read_for_its_expiry_and_an_expired_one_is_listed() throws IOException {
        Subcontract subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        SubcontractorInvoice invoice = data.invoice(subcontract, january, "1-01", InvoiceStatus.APPROVED, "100.00",
                null);
        rules.save(world.admin().id(), world.project().id(), List.of(
                new DocumentRule(DocumentType.INSURANCE, AppliesTo.EVERY_INVOICE, true)));

        Attachment expired = upload(invoice, "Certificate 2025.pdf", DocumentType.INSURANCE, certificate(
                "General liability, policy expiration date: 01/15/2026", "Umbrella: expires March 3, 2026"));

        assertThat(expired.expiresOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(expired.expiryConfirmed()).isFalse();
        assertThat(rules.findings(world.admin().id(), world.project().id(), List.of(invoice.id())))
                .extracting(f -> f.kind() + " " + f.fileName() + " " + f.expiresOn() + " " + f.checkedOn() + " " + f.blocking())
                .containsExactly("MISSING null null 2026-01-31 true",
                        "EXPIRED Certificate 2025.pdf 2026-01-15 2026-01-31 true");

        Attachment renewed = upload(invoice, "Certificate 2026.pdf", DocumentType.INSURANCE,
                certificate("Commercial general liability: expires 2027-01-31"));
        assertThat(renewed.expiresOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(rules.findings(world.admin().id(), world.project().id(), List.of(invoice.id())))
                .extracting(DocumentRules.Finding::kind).containsExactly(DocumentRules.Kind.EXPIRED);

        Attachment corrected = attachments.confirmExpiry(world.admin().id(), expired.id(), LocalDate.of(2026, 12, 31));
        assertThat(corrected.expiryConfirmed()).isTrue();
        assertThat(rules.findings(world.admin().id(), world.project().id(), List.of(invoice.id()))).isEmpty();

        // a date entered at upload stands, confirmed, whatever the certificate's text says
        Path entered = Files.write(folder.resolve("entered.pdf"), certificate("expires 2026-01-01"));
        Attachment given = attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()),
                "Certificate entered.pdf", DocumentType.INSURANCE, entered, LocalDate.of(2027, 6, 30));
        assertThat(given.expiresOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(given.expiryConfirmed()).isTrue();

        Attachment unknown = upload(invoice, "Binder.pdf", DocumentType.INSURANCE, TestFiles.pdf("binder", 1));
        assertThat(unknown.expiresOn()).isNull();
        assertThat(rules.findings(world.admin().id(), world.project().id(), List.of(invoice.id())))
                .extracting(f -> f.kind() + " " + f.fileName() + " " + f.blocking())
                .containsExactly("NO_EXPIRY Binder.pdf false");
    }

    @Test
    void an_expired_certificate_is_listed_on_a_project_without_rules_in_both_preflights() {
        BillingPeriod december = data.period(world, LocalDate.of(2026, 12, 1), PeriodStatus.CLOSED);
        Subcontract subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        SubcontractorInvoice invoice = data.invoice(subcontract, december, "1-12", InvoiceStatus.APPROVED, "100.00", null);
        OwnerInvoice owner = data.ownerInvoice(data.primeContract(world, "PC-1"), december, "OA-12",
                OwnerInvoiceStatus.SUBMITTED, "500.00", null);
        Attachment certificate = upload(invoice, "Certificate 2026.pdf", DocumentType.INSURANCE,
                certificate("Commercial general liability: expires 11/30/2026"));
        assertThat(certificate.expiresOn()).isEqualTo(LocalDate.of(2026, 11, 30));

        assertThat(rules.findings(world.admin().id(), world.project().id(), List.of(invoice.id())))
                .extracting(f -> f.kind() + " " + f.fileName() + " " + f.expiresOn() + " " + f.checkedOn() + " "
                        + f.blocking() + " " + f.expiryConfirmed())
                .containsExactly("EXPIRED Certificate 2026.pdf 2026-11-30 2026-12-31 false false");
        assertThat(rules.carriedFindings(world.admin().id(), world.project().id(),
                backups.carried(world.admin().id(), owner.id(), null), Set.of()))
                .extracting(f -> f.invoiceNumber() + " " + f.kind() + " " + f.blocking())
                .containsExactly("1-12 EXPIRED false");

        attachments.confirmExpiry(world.admin().id(), certificate.id(), LocalDate.of(2026, 11, 30));
        assertThat(rules.findings(world.admin().id(), world.project().id(), List.of(invoice.id())))
                .extracting(DocumentRules.Finding::expiryConfirmed).containsExactly(true);
        // a warning only: the compile goes ahead
        assertThat(backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(invoice.id()), BackupOptions.ALL).invoiceCount()).isEqualTo(1);
    }

    @Test
    void an_invoice_not_approved_is_listed_with_its_status_and_blocks_the_compile_when_the_project_says_so() {
        SubcontractorInvoice draft = data.invoice(data.subcontract(world, "SC-1", world.subcontractor()), january,
                "1-01", InvoiceStatus.DRAFT, "100.00", null);
        SubcontractorInvoice noted = data.invoice(data.subcontract(world, "SC-2", world.subcontractor()), january,
                "2-01", InvoiceStatus.APPROVED_AS_NOTED, "100.00", null);
        SubcontractorInvoice approved = data.invoice(data.subcontract(world, "SC-3", world.subcontractor()), january,
                "3-01", InvoiceStatus.APPROVED, "100.00", null);
        List<Long> all = List.of(draft.id(), noted.id(), approved.id());

        assertThat(rules.unapprovedBlocks(world.viewer().id(), world.project().id())).isFalse();
        assertThat(rules.findings(world.admin().id(), world.project().id(), all))
                .extracting(f -> f.invoiceNumber() + " " + f.kind() + " " + f.invoiceStatus() + " " + f.blocking())
                .containsExactly("1-01 NOT_APPROVED DRAFT false");
        assertThat(backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR, all,
                BackupOptions.ALL).invoiceCount()).isEqualTo(3);

        rules.save(world.admin().id(), world.project().id(), List.of(), true);
        assertThat(rules.unapprovedBlocks(world.viewer().id(), world.project().id())).isTrue();
        assertThat(rules.findings(world.admin().id(), world.project().id(), all))
                .extracting(f -> f.invoiceNumber() + " " + f.kind() + " " + f.blocking())
                .containsExactly("1-01 NOT_APPROVED true");
        assertThatThrownBy(() -> backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                all, BackupOptions.ALL)).isInstanceOf(RuleViolation.class);
        assertThat(backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                List.of(noted.id(), approved.id()), BackupOptions.ALL).invoiceCount()).isEqualTo(2);
        // saving the document rules alone keeps the setting
        rules.save(world.admin().id(), world.project().id(), List.of(
                new DocumentRule(DocumentType.LIEN_WAIVER, AppliesTo.EVERY_INVOICE, false)));
        assertThat(rules.unapprovedBlocks(world.admin().id(), world.project().id())).isTrue();
        assertThatThrownBy(() -> rules.save(world.viewer().id(), world.project().id(), List.of(), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_owner_backup_is_held_back_by_a_blocking_rule_on_an_invoice_it_carries_unless_that_invoice_is_left_out() {
        Subcontract subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        SubcontractorInvoice carried = data.invoice(subcontract, january, "1-01", InvoiceStatus.APPROVED, "100.00", null);
        OwnerInvoice owner = data.ownerInvoice(data.primeContract(world, "PC-1"), january, "OA-1",
                OwnerInvoiceStatus.SUBMITTED, "500.00", null);
        rules.save(world.admin().id(), world.project().id(), List.of(
                new DocumentRule(DocumentType.LIEN_WAIVER, AppliesTo.EVERY_INVOICE, true)));

        assertThat(rules.carriedFindings(world.admin().id(), world.project().id(),
                backups.carried(world.admin().id(), owner.id(), null), Set.of()))
                .extracting(f -> f.invoiceNumber() + " " + f.kind() + " " + f.blocking())
                .containsExactly("1-01 MISSING true");
        assertThatThrownBy(() -> backups.requestOwnerBackups(world.admin().id(), world.project().id(),
                List.of(owner.id()), BackupOptions.ALL, null)).isInstanceOf(RuleViolation.class);

        Arrangement without = new Arrangement(List.of(
                new Arrangement.Entry(Arrangement.OWNER_INVOICE, true, List.of()),
                new Arrangement.Entry(Arrangement.subcontractorKey(carried.id()), false, List.of())));
        assertThat(backups.requestOwnerBackups(world.admin().id(), world.project().id(), List.of(owner.id()),
                BackupOptions.ALL, null, without)).hasSize(1);
    }

    private Subcontract prevailingWage(Subcontract subcontract) {
        companies.makeCompanyAdministrator(world.admin().id());
        return contracts.saveSubcontract(world.admin().id(), world.project().id(), subcontract.id(), new SubcontractForm(
                subcontract.number(), subcontract.title(), subcontract.companyId(), subcontract.status(),
                subcontract.retainagePercent(), false, Set.of(), Set.of(), true));
    }

    private Attachment upload(SubcontractorInvoice invoice, String name, DocumentType type, byte[] content) {
        return attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), name, type, content);
    }

    private static byte[] certificate(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document document = new Document(pdf)) {
            document.add(new Paragraph("CERTIFICATE OF LIABILITY INSURANCE"));
            for (String line : lines) {
                document.add(new Paragraph(line));
            }
        }
        return out.toByteArray();
    }
}
