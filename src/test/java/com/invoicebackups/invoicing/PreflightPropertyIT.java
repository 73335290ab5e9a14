package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractForm;
import com.invoicebackups.invoicing.DocumentRule.AppliesTo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * On generated projects, built through the services: contracts, open and closed periods, invoices in every status,
 * documents typed, untyped and guessed, insurance certificates expiring before or after the billing date, and random
 * rules. What the preflight lists must be exactly what a checker written here, from the generated data alone, finds.
 */
@IntegrationTest
class PreflightPropertyIT {

    private static final long SEED = 20261206L;
    private static final int TRIES = 24;
    private static final List<DocumentType> REQUIRABLE = List.of(DocumentType.LIEN_WAIVER,
            DocumentType.UNCONDITIONAL_LIEN_WAIVER, DocumentType.CERTIFIED_PAYROLL, DocumentType.INSURANCE);

    @Autowired
    ApplicationContext context;
    @Autowired
    CompilePreflight preflight;
    @Autowired
    DocumentRules rules;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ContractService contracts;
    @Autowired
    CompanyService companies;

    @Test
    void the_preflight_lists_exactly_the_problems_the_generated_data_holds() {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            long seed = SEED + attempt;
            Generated project = generate(new Random(seed));
            assertThat(actual(project)).as("seed %d: %s", seed, project)
                    .containsExactlyInAnyOrderElementsOf(expected(project));
        }
    }

    // ---- what is generated -------------------------------------------------------------------------------------

    record Period(BillingPeriod period) {
        @Override
        public String toString() {
            return "#" + period.number() + " " + period.status();
        }
    }

    record Contract(String number, boolean prevailingWage, List<Invoice> invoices) {
    }

    /** {@code first}: the first invoice created on its contract. */
    record Invoice(long id, String contract, String number, InvoiceStatus status, Period period, boolean first,
                   List<Document> documents) {
    }

    /** {@code type} null: none; {@code confirmed}: a person gave the type; an expiry as the certificate stands. */
    record Document(String fileName, DocumentType type, boolean confirmed, LocalDate expiresOn, boolean expiryConfirmed) {
    }

    record Generated(List<Period> periods, List<Contract> contracts, List<DocumentRule> rules, boolean unapprovedBlocks,
                     List<Invoice> selected, long projectId, long adminId) {
        @Override
        public String toString() {
            return "periods " + periods + ", contracts " + contracts + ", rules " + rules + ", unapproved blocks "
                    + unapprovedBlocks + ", selected " + selected.stream().map(Invoice::number).toList();
        }
    }

    private Generated generate(Random random) {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        long admin = world.admin().id();
        int open = random.nextInt(4) - 1;
        List<Period> periods = new ArrayList<>();
        for (int month = 0; month < 3; month++) {
            periods.add(new Period(data.period(world, LocalDate.of(2026, 1 + month, 1),
                    month == open ? PeriodStatus.OPEN : PeriodStatus.CLOSED)));
        }
        List<Contract> generated = new ArrayList<>();
        int counter = 0;
        int contractCount = 1 + random.nextInt(3);
        for (int c = 1; c <= contractCount; c++) {
            Subcontract subcontract = data.subcontract(world, "SC-" + c, world.subcontractor());
            boolean prevailing = random.nextInt(3) == 0;
            if (prevailing) {
                companies.makeCompanyAdministrator(admin);
                contracts.saveSubcontract(admin, world.project().id(), subcontract.id(), new SubcontractForm(
                        subcontract.number(), subcontract.title(), subcontract.companyId(), subcontract.status(),
                        subcontract.retainagePercent(), false, Set.of(), Set.of(), true));
            }
            Contract contract = new Contract(subcontract.number(), prevailing, new ArrayList<>());
            for (Period period : periods) {
                if (random.nextInt(10) < 3) {
                    continue;
                }
                InvoiceStatus status = InvoiceStatus.values()[random.nextInt(InvoiceStatus.values().length)];
                String number = c + "-" + period.period().number();
                SubcontractorInvoice created = data.invoice(subcontract, period.period(), number, status, "100.00", null);
                Invoice invoice = new Invoice(created.id(), contract.number(), number, status, period,
                        contract.invoices().isEmpty(), new ArrayList<>());
                for (int d = random.nextInt(5); d > 0; d--) {
                    invoice.documents().add(document(random, admin, created, ++counter));
                }
                contract.invoices().add(invoice);
            }
            generated.add(contract);
        }
        List<DocumentRule> chosen = new ArrayList<>();
        for (int r = random.nextInt(4); r > 0; r--) {
            DocumentRule rule = new DocumentRule(REQUIRABLE.get(random.nextInt(REQUIRABLE.size())),
                    AppliesTo.values()[random.nextInt(AppliesTo.values().length)], random.nextBoolean());
            if (chosen.stream().noneMatch(other -> other.documentType() == rule.documentType()
                    && other.appliesTo() == rule.appliesTo())) {
                chosen.add(rule);
            }
        }
        boolean unapprovedBlocks = random.nextBoolean();
        rules.save(admin, world.project().id(), chosen, unapprovedBlocks);
        List<Invoice> all = generated.stream().flatMap(contract -> contract.invoices().stream()).toList();
        List<Invoice> selected = all.stream().filter(invoice -> random.nextInt(3) > 0).toList();
        return new Generated(periods, generated, chosen, unapprovedBlocks, selected, world.project().id(), admin);
    }

    /** One upload of a random kind; the record states what the checker may know of it without asking the product. */
    private Document document(Random random, long admin, SubcontractorInvoice invoice, int counter) {
        LocalDate billed = invoice.billingDate();
        LocalDate expiry = billed.plusDays(random.nextInt(81) - 40);
        return switch (random.nextInt(6)) {
            case 0 -> {
                // any type, an insurance certificate among them without a date to read
                DocumentType type = DocumentType.values()[random.nextInt(DocumentType.values().length)];
                yield upload(admin, invoice, "Typed " + counter + ".pdf", type, "typed " + counter,
                        new Document("Typed " + counter + ".pdf", type, true, null, false));
            }
            case 1 -> upload(admin, invoice, "Scan " + counter + ".pdf", null, "scan " + counter,
                    new Document("Scan " + counter + ".pdf", null, false, null, false));
            case 2 -> {
                DocumentType guessed = random.nextBoolean() ? DocumentType.LIEN_WAIVER : DocumentType.CERTIFIED_PAYROLL;
                String name = (guessed == DocumentType.LIEN_WAIVER ? "Conditional lien waiver " : "Certified payroll ")
                        + counter + ".pdf";
                yield upload(admin, invoice, name, null, "document " + counter,
                        new Document(name, guessed, false, null, false));
            }
            case 3 -> {
                String name = "Certificate " + counter + ".pdf";
                Document read = upload(admin, invoice, name, DocumentType.INSURANCE, "liability expires " + expiry
                        + " certificate " + counter, new Document(name, DocumentType.INSURANCE, true, expiry, false));
                if (random.nextBoolean()) {
                    yield read;
                }
                LocalDate confirmed = billed.plusDays(random.nextInt(81) - 40);
                Attachment stored = attachments.attachments(admin, InvoiceRef.subcontractor(invoice.id())).getLast();
                attachments.confirmExpiry(admin, stored.id(), confirmed);
                yield new Document(name, DocumentType.INSURANCE, true, confirmed, true);
            }
            case 4 -> {
                String name = "scan-" + counter + ".pdf";
                yield upload(admin, invoice, name, null, "CERTIFICATE OF LIABILITY INSURANCE expires " + expiry
                        + " number " + counter, new Document(name, DocumentType.INSURANCE, false, expiry, false));
            }
            default -> {
                DocumentType type = REQUIRABLE.get(random.nextInt(3));
                yield upload(admin, invoice, "Document " + counter + ".pdf", type, "document " + counter,
                        new Document("Document " + counter + ".pdf", type, true, null, false));
            }
        };
    }

    private Document upload(long admin, SubcontractorInvoice invoice, String name, DocumentType type, String text,
                            Document expected) {
        attachments.upload(admin, InvoiceRef.subcontractor(invoice.id()), name, type, TestFiles.pdf(text, 1));
        return expected;
    }

    // ---- what the preflight lists ------------------------------------------------------------------------------

    private List<String> actual(Generated project) {
        List<Long> ids = project.selected().stream().map(Invoice::id).toList();
        List<String> listed = new ArrayList<>();
        preflight.problems(project.adminId(), project.projectId(), ids).forEach(problem ->
                listed.add(problem.kind() + " " + problem.contractNumber() + " #" + problem.periodNumber()));
        rules.findings(project.adminId(), project.projectId(), ids).forEach(finding -> listed.add(switch (finding.kind()) {
            case NOT_APPROVED -> "NOT_APPROVED " + finding.invoiceNumber() + " " + finding.blocking();
            case MISSING -> "MISSING " + finding.invoiceNumber() + " " + finding.documentType() + " " + finding.blocking();
            case UNCONFIRMED -> "UNCONFIRMED " + finding.invoiceNumber() + " " + finding.fileName();
            case EXPIRED -> "EXPIRED " + finding.invoiceNumber() + " " + finding.fileName() + " " + finding.expiresOn()
                    + " " + finding.expiryConfirmed() + " " + finding.blocking();
            case NO_EXPIRY -> "NO_EXPIRY " + finding.invoiceNumber() + " " + finding.fileName();
        }));
        preflight.warnings(project.adminId(), project.projectId(), ids).forEach(warning ->
                listed.add(warning.kind() + " " + warning.invoiceNumber() + (warning.fileName() == null ? ""
                        : " " + warning.fileName())));
        return listed;
    }

    // ---- the checker ---------------------------------------------------------------------------------------------

    private static List<String> expected(Generated project) {
        List<String> expected = new ArrayList<>(openEarlierPeriods(project));
        for (Invoice invoice : project.selected()) {
            Contract contract = project.contracts().stream()
                    .filter(candidate -> candidate.number().equals(invoice.contract())).findFirst().orElseThrow();
            if (invoice.status() != InvoiceStatus.APPROVED && invoice.status() != InvoiceStatus.APPROVED_AS_NOTED) {
                expected.add("NOT_APPROVED " + invoice.number() + " " + project.unapprovedBlocks());
            }
            expected.addAll(documentProblems(project, contract, invoice));
        }
        return expected;
    }

    private static Set<String> openEarlierPeriods(Generated project) {
        Set<String> open = new LinkedHashSet<>();
        for (Invoice invoice : project.selected()) {
            project.contracts().stream().filter(contract -> contract.number().equals(invoice.contract()))
                    .flatMap(contract -> contract.invoices().stream())
                    .map(Invoice::period)
                    .filter(earlier -> earlier.period().startDate().isBefore(invoice.period().period().startDate()))
                    .filter(earlier -> earlier.period().status() == PeriodStatus.OPEN)
                    .forEach(earlier -> open.add("EARLIER_PERIOD_OPEN " + invoice.contract() + " #"
                            + earlier.period().number()));
        }
        return open;
    }

    private static List<String> documentProblems(Generated project, Contract contract, Invoice invoice) {
        List<String> found = new ArrayList<>();
        LocalDate billed = invoice.period().period().endDate();
        List<Document> documents = invoice.documents();
        List<DocumentRule> applying = project.rules().stream().filter(rule -> switch (rule.appliesTo()) {
            case EVERY_INVOICE -> true;
            case AFTER_FIRST_INVOICE -> !invoice.first();
            case PREVAILING_WAGE -> contract.prevailingWage();
        }).toList();
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        for (DocumentRule rule : applying) {
            boolean held = documents.stream().anyMatch(document -> document.confirmed()
                    && document.type() == rule.documentType()
                    && (rule.documentType() != DocumentType.INSURANCE
                    || document.expiresOn() != null && !document.expiresOn().isBefore(billed)));
            if (!held) {
                missing.add(rule.documentType());
                found.add("MISSING " + invoice.number() + " " + rule.documentType() + " " + rule.blocking());
            }
        }
        documents.stream().filter(document -> !document.confirmed())
                .filter(document -> document.type() == null ? !missing.isEmpty() : missing.contains(document.type()))
                .forEach(document -> found.add("UNCONFIRMED " + invoice.number() + " " + document.fileName()));
        boolean insuranceRequired = applying.stream().anyMatch(rule -> rule.documentType() == DocumentType.INSURANCE);
        boolean insuranceBlocks = applying.stream()
                .anyMatch(rule -> rule.documentType() == DocumentType.INSURANCE && rule.blocking());
        for (Document document : documents) {
            if (document.type() == DocumentType.INSURANCE && document.expiresOn() != null
                    && document.expiresOn().isBefore(billed)) {
                found.add("EXPIRED " + invoice.number() + " " + document.fileName() + " " + document.expiresOn() + " "
                        + document.expiryConfirmed() + " " + insuranceBlocks);
            } else if (document.type() == DocumentType.INSURANCE && document.expiresOn() == null && insuranceRequired) {
                found.add("NO_EXPIRY " + invoice.number() + " " + document.fileName());
            }
        }
        if (documents.isEmpty()) {
            found.add("NO_ATTACHMENTS " + invoice.number());
        } else if (project.rules().isEmpty() && documents.stream().noneMatch(document -> document.confirmed()
                && Stream.of(DocumentType.LIEN_WAIVER, DocumentType.UNCONDITIONAL_LIEN_WAIVER)
                .anyMatch(waiver -> waiver == document.type()))) {
            found.add("NO_LIEN_WAIVER " + invoice.number());
            documents.stream().filter(document -> !document.confirmed())
                    .filter(document -> document.type() == null || document.type() == DocumentType.LIEN_WAIVER
                            || document.type() == DocumentType.UNCONDITIONAL_LIEN_WAIVER)
                    .forEach(document -> found.add("UNCONFIRMED_TYPE " + invoice.number() + " " + document.fileName()));
        }
        return found;
    }
}
