package com.invoicebackups.backup;

import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractStatus;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.NewOwnerInvoice;
import com.invoicebackups.invoicing.NewSubcontractorInvoice;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationContext;

/**
 * A project generated from a seed through the product's services (contracts with change orders, consecutive invoices
 * with random lines, stored materials and retainage, attachments, signed documents), kept with a model of what was
 * made: the figures each invoice should show are computed here from that model, by the G702/G703 rules, without
 * the code under test.
 */
final class GeneratedProject {

    /** The figures of one invoice as a reader of the G702 expects them. */
    record Figures(Money work, Money materials, Money retainage, Money due, Money earned) {
    }

    record Line(long sovLineId, Money scheduled) {
    }

    /** One line of an invoice: this period (E), stored (F), retainage percent. */
    record Amounts(Money work, Money stored, BigDecimal retainage) {
    }

    /** {@code mergeable}: false for a file a backup must leave out (encrypted, damaged), saying why. */
    record Document(long attachmentId, String name, int pages, boolean mergeable) {

        Document(long attachmentId, String name, int pages) {
            this(attachmentId, name, pages, true);
        }
    }

    static final class Contract {
        final String number;
        final String company;
        final long id;
        final List<Line> lines;
        final List<Invoice> invoices = new ArrayList<>();

        Contract(String number, String company, long id, List<Line> lines) {
            this.number = number;
            this.company = company;
            this.id = id;
            this.lines = lines;
        }
    }

    static final class Invoice {
        final Contract contract;
        final int position;
        final String number;
        final InvoiceStatus status;
        final BillingPeriod period;
        final Map<Long, Amounts> lines;
        final List<Document> documents = new ArrayList<>();
        long id;
        boolean signed;

        Invoice(Contract contract, int position, String number, InvoiceStatus status, BillingPeriod period,
                Map<Long, Amounts> lines) {
            this.contract = contract;
            this.position = position;
            this.number = number;
            this.status = status;
            this.period = period;
            this.lines = lines;
        }

        String label() {
            return contract.number + " " + number;
        }
    }

    final TestData.World world;
    final List<BillingPeriod> periods = new ArrayList<>();
    final List<Contract> contracts = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    PrimeContract prime;
    List<Line> primeLines;
    OwnerInvoice owner;
    Map<Long, Amounts> ownerLines;
    final List<Document> ownerDocuments = new ArrayList<>();
    /** The cost code of each schedule line, null where it has none. */
    final Map<Long, String> costCodes = new java.util.HashMap<>();
    /** "item description" of each prime contract line. */
    final Map<Long, String> primeLabels = new LinkedHashMap<>();

    private final Random random;
    private final ContractService contractService;
    private final InvoiceService invoiceService;
    private final AttachmentService attachments;
    private final InvoiceReviewService reviews;

    private GeneratedProject(ApplicationContext context, Random random) {
        this.random = random;
        this.world = new TestData(context).world();
        this.contractService = context.getBean(ContractService.class);
        this.invoiceService = context.getBean(InvoiceService.class);
        this.attachments = context.getBean(AttachmentService.class);
        this.reviews = context.getBean(InvoiceReviewService.class);
    }

    /** {@code scans}: attachments of this many bytes of incompressible pixels per page (for volumes); 0 for text. */
    static GeneratedProject generate(ApplicationContext context, Random random, int scans) {
        GeneratedProject project = new GeneratedProject(context, random);
        project.build(context, scans);
        return project;
    }

    private void build(ApplicationContext context, int scans) {
        TestData data = new TestData(context);
        CompanyService companies = context.getBean(CompanyService.class);
        int periodCount = 2 + random.nextInt(3);
        for (int p = 0; p < periodCount; p++) {
            // the last period may still be open: only earlier ones must be closed to compile
            boolean open = p == periodCount - 1 && random.nextBoolean();
            periods.add(data.period(world, LocalDate.of(2026, 1 + p, 1), open ? PeriodStatus.OPEN : PeriodStatus.CLOSED));
        }
        int contractCount = 1 + random.nextInt(4);
        List<Company> subs = new ArrayList<>();
        subs.add(world.subcontractor());
        for (int c = 1; c < 1 + random.nextInt(3); c++) {
            subs.add(companies.createCompany("Sub" + c + " " + world.project().number(), CompanyKind.SUBCONTRACTOR, "gc"));
        }
        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3, 7, 10, 12));
        java.util.Collections.shuffle(numbers, random);
        for (int c = 0; c < contractCount; c++) {
            Company company = subs.get(random.nextInt(subs.size()));
            String number = "SC-" + numbers.get(c);
            List<NewSovLine> sov = new ArrayList<>();
            int lineCount = 1 + random.nextInt(4);
            for (int l = 1; l <= lineCount; l++) {
                sov.add(new NewSovLine(String.valueOf(l), "Line " + l, money(20_000, 200_000), "01-" + l + "00",
                        l > 1 && random.nextInt(4) == 0));
            }
            Subcontract subcontract = contractService.createSubcontract(world.project().id(), number, "Trade " + number,
                    company.id(), SubcontractStatus.APPROVED, BigDecimal.TEN, sov);
            List<SovLine> schedule = contractService.subcontractSov(subcontract.id());
            schedule.forEach(line -> costCodes.put(line.id(), line.costCode()));
            List<Line> lines = schedule.stream().map(line -> new Line(line.id(), line.scheduledValue())).toList();
            Contract contract = new Contract(number, company.name(), subcontract.id(), lines);
            contracts.add(contract);
            int first = random.nextInt(periodCount);
            for (int p = first; p < periodCount; p++) {
                addInvoice(contract, periods.get(p), scans);
            }
        }
        if (random.nextBoolean()) {
            addOwnerInvoice(data);
        }
    }

    private void addInvoice(Contract contract, BillingPeriod period, int scans) {
        int position = contract.invoices.size() + 1;
        Map<Long, Amounts> lines = new LinkedHashMap<>();
        for (Line line : contract.lines) {
            lines.put(line.sovLineId(), amounts(line.scheduled()));
        }
        InvoiceStatus status = List.of(InvoiceStatus.APPROVED, InvoiceStatus.APPROVED, InvoiceStatus.APPROVED,
                InvoiceStatus.DRAFT, InvoiceStatus.UNDER_REVIEW, InvoiceStatus.APPROVED_AS_NOTED)
                .get(random.nextInt(6));
        String number = contract.number.substring(3) + "-0" + position;
        Invoice invoice = new Invoice(contract, position, number, status, period, lines);
        SubcontractorInvoice created = invoiceService.createSubcontractorInvoice(new NewSubcontractorInvoice(contract.id,
                period.id(), number, status, period.endDate(), null, null, null, null, null, entries(lines)));
        invoice.id = created.id();
        int documents = random.nextInt(3);
        for (int d = 0; d < documents; d++) {
            String name = "Doc " + invoice.number + "-" + (d + 1) + ".pdf";
            int pages = 1 + random.nextInt(3);
            int kind = scans > 0 ? 0 : random.nextInt(6);
            byte[] content = scans > 0 ? TestFiles.noisePdf(pages, scans, random.nextLong())
                    : kind == 0 ? TestFiles.userPasswordPdf(name)
                    : kind == 1 ? damaged(random)
                    : TestFiles.pdf(name + " of " + invoice.label(), pages);
            Attachment attachment = attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id), name,
                    DocumentType.values()[random.nextInt(DocumentType.values().length)], content);
            invoice.documents.add(new Document(attachment.id(), name, pages, scans > 0 || kind > 1));
        }
        if (status == InvoiceStatus.APPROVED && random.nextInt(5) == 0) {
            reviews.recordSignedDocument(world.admin().id(), invoice.id, "Signed " + number + ".pdf",
                    TestFiles.pdf("Signed invoice " + number, 2));
            invoice.signed = true;
        }
        contract.invoices.add(invoice);
        invoices.add(invoice);
    }

    /** An owner invoice in a period that holds subcontractor invoices, billing what they bill or a little more. */
    private void addOwnerInvoice(TestData data) {
        // the subcontracts' lines have cost codes 01-100 to 01-400: some match a prime line, some do not
        prime = contractService.createPrimeContract(world.project().id(), "PC-1", "Building", world.subcontractor().id(),
                BigDecimal.valueOf(5), List.of(new NewSovLine("1", "Building", Money.of("5000000.00"), "01-100", false),
                        new NewSovLine("2", "Site", Money.of("900000.00"), random.nextBoolean() ? "01-200" : null, false),
                        new NewSovLine("3", "General conditions", Money.of("800000.00"), "00-100", false)));
        List<SovLine> schedule = contractService.primeContractSov(prime.id());
        schedule.forEach(line -> {
            costCodes.put(line.id(), line.costCode());
            primeLabels.put(line.id(), line.itemNumber() + " " + line.description());
        });
        primeLines = schedule.stream().map(line -> new Line(line.id(), line.scheduledValue())).toList();
        BillingPeriod period = periods.get(random.nextInt(periods.size()));
        ownerLines = new LinkedHashMap<>();
        for (Line line : primeLines) {
            ownerLines.put(line.sovLineId(), new Amounts(money(1_000, 400_000), random.nextBoolean() ? Money.ZERO
                    : money(0, 20_000), BigDecimal.valueOf(5)));
        }
        owner = invoiceService.createOwnerInvoice(new NewOwnerInvoice(prime.id(), period.id(), "OA-01",
                OwnerInvoiceStatus.APPROVED, period.endDate(), null, null, null, entries(ownerLines)));
        int documents = random.nextInt(3);
        for (int d = 0; d < documents; d++) {
            String name = "Owner doc " + (d + 1) + ".pdf";
            Attachment attachment = attachments.upload(world.admin().id(), InvoiceRef.owner(owner.id()), name,
                    DocumentType.OTHER, TestFiles.pdf(name, 1));
            ownerDocuments.add(new Document(attachment.id(), name, 1));
        }
    }

    /** The APPROVED subcontractor invoices of the owner invoice's period: what its backup carries. */
    List<Invoice> carried() {
        return invoices.stream().filter(invoice -> invoice.period.id() == owner.billingPeriodId()
                && invoice.status == InvoiceStatus.APPROVED).toList();
    }

    /** A PDF header, then bytes that are no PDF: what no reader repairs. */
    private static byte[] damaged(Random random) {
        byte[] noise = new byte[3000];
        random.nextBytes(noise);
        byte[] header = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] content = java.util.Arrays.copyOf(header, header.length + noise.length);
        System.arraycopy(noise, 0, content, header.length, noise.length);
        return content;
    }

    private Amounts amounts(Money scheduled) {
        // up to a fifth of the line each period, so that four periods never bill beyond it
        Money work = random.nextInt(5) == 0 ? Money.ZERO : part(scheduled, 20);
        Money stored = random.nextInt(3) == 0 ? part(scheduled, 4) : Money.ZERO;
        BigDecimal retainage = List.of(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.TEN, new BigDecimal("7.5"))
                .get(random.nextInt(4));
        return new Amounts(work, stored, retainage);
    }

    private Money part(Money whole, int percent) {
        long cents = whole.amount().movePointRight(2).longValue() * percent / 100;
        return Money.of(BigDecimal.valueOf(1 + (long) (random.nextDouble() * cents), 2));
    }

    private Money money(long min, long max) {
        return Money.of(BigDecimal.valueOf(min * 100 + (long) (random.nextDouble() * (max - min) * 100), 2));
    }

    private static List<PayApplication.Entry> entries(Map<Long, Amounts> lines) {
        return lines.entrySet().stream().map(line -> new PayApplication.Entry(line.getKey(), line.getValue().work(),
                line.getValue().stored(), line.getValue().retainage())).toList();
    }

    /** The G702 figures of an invoice: work on each line before it counts in D, stored materials do not carry. */
    static Figures figures(List<Map<Long, Amounts>> contractInvoices, int position) {
        Money previousEarned = Money.ZERO;
        Map<Long, Money> previousWork = new LinkedHashMap<>();
        Figures figures = null;
        for (int p = 0; p < position; p++) {
            Money work = Money.ZERO;
            Money stored = Money.ZERO;
            Money completed = Money.ZERO;
            Money retainage = Money.ZERO;
            for (Map.Entry<Long, Amounts> line : contractInvoices.get(p).entrySet()) {
                Amounts amounts = line.getValue();
                Money toDate = previousWork.getOrDefault(line.getKey(), Money.ZERO).plus(amounts.work())
                        .plus(amounts.stored());
                work = work.plus(amounts.work());
                stored = stored.plus(amounts.stored());
                completed = completed.plus(toDate);
                retainage = retainage.plus(Money.of(toDate.amount().multiply(amounts.retainage())
                        .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP)));
            }
            Money earned = completed.minus(retainage);
            figures = new Figures(work, stored, retainage, earned.minus(previousEarned), earned);
            previousEarned = earned;
            contractInvoices.get(p).forEach((line, amounts) -> previousWork.merge(line, amounts.work(), Money::plus));
        }
        return figures;
    }

    Figures figures(Invoice invoice) {
        return figures(invoice.contract.invoices.stream().map(other -> other.lines).toList(), invoice.position);
    }

    Figures ownerFigures() {
        return figures(List.of(ownerLines), 1);
    }
}
