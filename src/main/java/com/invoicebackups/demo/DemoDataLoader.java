package com.invoicebackups.demo;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractStatus;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.NewOwnerInvoice;
import com.invoicebackups.invoicing.NewSubcontractorInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo project "Riverside Medical Office Building": companies of every kind, one user per role,
 * twelve subcontracts, six monthly billing periods ending with the current, OPEN one, invoices in every
 * status and real attachment files, including the awkward ones (encrypted, damaged, not a PDF).
 * Loaded once, in one transaction, through the product's own services.
 */
@Component
class DemoDataLoader {

    static final String PROJECT_NUMBER = "2024-017";
    private static final String CHANGE_ORDERS = "99-001";
    private static final String GENERAL_CONDITIONS = "01-000";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Trade, subcontractor, and the trade's cost code, which its subcontract's lines and the prime line share. */
    private static final String[][] TRADES = {
            {"Sitework and Excavation", "Bedrock Earthworks LLC", "31-000"},
            {"Cast-in-Place Concrete", "Granite Concrete Co.", "03-300"},
            {"Structural Steel", "Ironline Steel Erectors", "05-100"},
            {"Masonry", "Redbrick Masonry Inc.", "04-200"},
            {"Roofing and Waterproofing", "Summit Roofing Systems", "07-500"},
            {"Drywall and Framing", "Clearwall Interiors", "09-200"},
            {"Electrical", "Voltline Electrical Contractors", "26-000"},
            {"Plumbing", "Riverbend Plumbing", "22-000"},
            {"HVAC", "Northwind Mechanical", "23-000"},
            {"Fire Protection", "Sentinel Fire Protection", "21-000"},
            {"Elevators", "Vertical Lift Co.", "14-200"},
            {"Painting and Coatings", "Truecoat Painting", "09-900"},
    };
    /** Statuses of each subcontract's last invoice, so that every status shows up. */
    private static final InvoiceStatus[] LATEST_STATUS = {InvoiceStatus.DRAFT, InvoiceStatus.UNDER_REVIEW,
            InvoiceStatus.REVISE_AND_RESUBMIT, InvoiceStatus.PENDING_OWNER_APPROVAL, InvoiceStatus.APPROVED_AS_NOTED,
            InvoiceStatus.APPROVED};

    private final CompanyService companies;
    private final ProjectService projects;
    private final ContractService contracts;
    private final BillingPeriodService periods;
    private final InvoiceService invoices;
    private final InvoiceReviewService reviews;
    private final AttachmentService attachments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataLoader(CompanyService companies, ProjectService projects, ContractService contracts,
                   BillingPeriodService periods, InvoiceService invoices, InvoiceReviewService reviews,
                   AttachmentService attachments,
                   TransactionTemplate transaction, Clock clock) {
        this.companies = companies;
        this.projects = projects;
        this.contracts = contracts;
        this.periods = periods;
        this.invoices = invoices;
        this.reviews = reviews;
        this.attachments = attachments;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a first load made: the general contractor's administrator, and what the demo's delivery sends. */
    record Loaded(UserAccount admin, long projectId, long approvedOwnerInvoiceId, long ownerUserId) {
    }

    /** Loads the demo project unless it is there already; empty when it was. */
    Optional<Loaded> loadIfAbsent() {
        if (projects.findByNumber(PROJECT_NUMBER).isPresent()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        Loaded loaded = transaction.execute(status -> load());
        LOG.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return Optional.of(loaded);
    }

    private Loaded load() {
        Company gc = companies.createCompany("Keystone Builders Inc.", CompanyKind.GENERAL_CONTRACTOR, "gc");
        Company owner = companies.createCompany("Riverside Health Partners LLC", CompanyKind.OWNER, "owner");
        List<Company> subs = new ArrayList<>();
        for (String[] trade : TRADES) {
            String dictionary = trade[0].equals("Electrical") ? "specialty" : "gc";
            subs.add(companies.createCompany(trade[1], CompanyKind.SUBCONTRACTOR, dictionary));
        }
        UserAccount admin = companies.createUser("admin", "Dana Whitfield", "dana.whitfield@keystone.example", gc.id(), "admin");
        companies.makeOperator(admin.id());
        UserAccount viewer = companies.createUser("viewer", "Victor Lane", "victor.lane@keystone.example", gc.id(), "viewer");
        UserAccount ownerUser = companies.createUser("owner", "Olivia Grant", "olivia.grant@riversidehealth.example",
                owner.id(), "owner");
        UserAccount specialty = companies.createUser("specialty", "Sam Ortega", "sam.ortega@voltline.example",
                subs.get(6).id(), "specialty");
        UserAccount sub = companies.createUser("sub", "Gina Russo", "gina.russo@graniteconcrete.example",
                subs.get(1).id(), "sub");

        Project project = projects.create("Riverside Medical Office Building", PROJECT_NUMBER,
                "1200 River Road, Riverside, CA 92501", gc.id());
        projects.addMember(project.id(), admin.id(), Permission.ADMIN, Permission.ADMIN);
        projects.addMember(project.id(), viewer.id(), Permission.READ_ONLY, Permission.READ_ONLY);
        projects.addMember(project.id(), ownerUser.id(), Permission.READ_ONLY, Permission.ADMIN);
        projects.addMember(project.id(), specialty.id(), Permission.ADMIN, Permission.READ_ONLY);
        projects.addMember(project.id(), sub.id(), Permission.READ_ONLY, Permission.NONE);

        List<BillingPeriod> calendar = billingPeriods(admin, project);
        Random random = new Random(2024_017);
        List<Subcontract> subcontracts = new ArrayList<>();
        for (int i = 0; i < TRADES.length; i++) {
            Subcontract subcontract = contracts.createSubcontract(project.id(), "SC-" + (i + 1), TRADES[i][0],
                    subs.get(i).id(), SubcontractStatus.APPROVED, BigDecimal.valueOf(i % 4 == 3 ? 5 : 10),
                    sov(TRADES[i][0], TRADES[i][2], random));
            subcontracts.add(subcontract);
        }
        contracts.addInvoiceContact(subcontracts.get(1).id(), sub.id());
        contracts.addInvoiceContact(subcontracts.get(6).id(), specialty.id());
        contracts.makePrivate(subcontracts.get(10).id(), Set.of());

        // per billing period and cost code: the work and stored materials the subcontractors billed
        Map<Long, Map<String, Money[]>> billed = new HashMap<>();
        for (int i = 0; i < subcontracts.size(); i++) {
            Subcontract subcontract = subcontracts.get(i);
            long contact = i == 1 ? sub.id() : i == 6 ? specialty.id() : admin.id();
            subcontractInvoices(project, subcontract, subs.get(i), calendar, i, contact, admin.id(), random, billed);
        }
        long approved = ownerInvoices(admin, project, owner, subcontracts, calendar, billed);
        return new Loaded(admin, project.id(), approved, ownerUser.id());
    }

    private List<BillingPeriod> billingPeriods(UserAccount admin, Project project) {
        LocalDate currentMonth = LocalDate.now(clock).withDayOfMonth(1);
        List<BillingPeriod> calendar = new ArrayList<>();
        for (int month = 5; month >= 0; month--) {
            LocalDate start = currentMonth.minusMonths(month);
            LocalDate end = start.plusMonths(1).minusDays(1);
            calendar.add(periods.create(admin.id(), project.id(), start, end, end.minusDays(5),
                    month == 0 ? PeriodStatus.OPEN : PeriodStatus.CLOSED));
        }
        return calendar;
    }

    /** Five lines under the trade's cost code, and a change order under the owner's change order code. */
    private static List<NewSovLine> sov(String trade, String costCode, Random random) {
        String[] items = {"Mobilization and general conditions", trade + " - materials", trade + " - labor",
                trade + " - equipment", "Closeout and warranty"};
        List<NewSovLine> lines = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            long value = (20 + random.nextInt(180)) * 1_000L + random.nextInt(100) * 10L;
            lines.add(new NewSovLine(String.valueOf(i + 1), items[i], Money.of(BigDecimal.valueOf(value)), costCode,
                    false));
        }
        lines.add(new NewSovLine("CO-1", "Change order 1 - owner requested revisions", Money.of("18500.00"),
                CHANGE_ORDERS, true));
        return lines;
    }

    private void subcontractInvoices(Project project, Subcontract subcontract, Company company,
                                     List<BillingPeriod> calendar, int index, long contact, long admin, Random random,
                                     Map<Long, Map<String, Money[]>> billed) {
        List<SovLine> sov = contracts.subcontractSov(subcontract.id());
        int firstPeriod = index % 3;
        for (int p = firstPeriod; p < calendar.size(); p++) {
            BillingPeriod period = calendar.get(p);
            boolean latest = p == calendar.size() - 1;
            if (latest && index == 1) {
                // the sub's own invoice of the open period is left for them to create in the walk-through
                continue;
            }
            boolean storesMaterials = p == calendar.size() - 2;
            InvoiceStatus status = latest ? LATEST_STATUS[index % LATEST_STATUS.length] : InvoiceStatus.APPROVED;
            List<PayApplication.Entry> lines = sov.stream()
                    .map(line -> new PayApplication.Entry(line.id(),
                            line.scheduledValue().percent(BigDecimal.valueOf(6 + random.nextInt(10))),
                            storesMaterials && line.itemNumber().equals("2")
                                    ? line.scheduledValue().percent(BigDecimal.valueOf(5)) : Money.ZERO,
                            subcontract.retainagePercent()))
                    .toList();
            Map<String, Money[]> byCostCode = billed.computeIfAbsent(period.id(), id -> new HashMap<>());
            for (int l = 0; l < sov.size(); l++) {
                PayApplication.Entry entry = lines.get(l);
                byCostCode.merge(sov.get(l).costCode(), new Money[] {entry.thisPeriod(), entry.materialsStored()},
                        (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])});
            }
            String number = subcontract.number().replace("SC-", "") + "-" + String.format("%02d", p - firstPeriod + 1);
            SubcontractorInvoice invoice = invoices.createSubcontractorInvoice(new NewSubcontractorInvoice(
                    subcontract.id(), period.id(), number, status, period.endDate(), period.startDate(), period.endDate(),
                    status == InvoiceStatus.DRAFT ? null : period.endDate().plusDays(2),
                    status == InvoiceStatus.APPROVED && !latest ? period.endDate().plusDays(30) : null,
                    comment(index, p), lines));
            // contacts add documents while an invoice is editable; the administrator may add them later too
            long uploader = status == InvoiceStatus.DRAFT || status == InvoiceStatus.REVISE_AND_RESUBMIT ? contact : admin;
            attach(project, subcontract, company, invoice, period, index, latest, uploader, admin);
        }
    }

    private static String comment(int index, int period) {
        return switch ((index + period) % 4) {
            case 0 -> "Progress billing per schedule";
            case 1 -> "Includes stored materials on site";
            case 2 -> "Retainage held per subcontract";
            default -> null;
        };
    }

    private void attach(Project project, Subcontract subcontract, Company company, SubcontractorInvoice invoice,
                        BillingPeriod period, int index, boolean latest, long uploader, long admin) {
        InvoiceRef ref = InvoiceRef.subcontractor(invoice.id());
        String amount = "$" + (25_000 + index * 1_375) + ".00";
        String label = subcontract.number() + " " + invoice.number();
        upload(uploader, ref, "Conditional progress lien waiver " + label + ".pdf", DocumentType.LIEN_WAIVER,
                DemoFiles.lienWaiver(company.name(), project.title(), amount, period.endDate(), false));
        if (index % 2 == 0) {
            upload(uploader, ref, "Certified payroll " + label + ".pdf", DocumentType.CERTIFIED_PAYROLL,
                    DemoFiles.certifiedPayroll(company.name(), project.title(), period.startDate().plusDays(6),
                            invoice.id()));
        }
        if (index % 3 == 1) {
            upload(uploader, ref, "Sub-tier lien waiver " + label + ".pdf", DocumentType.SUB_TIER_LIEN_WAIVER,
                    DemoFiles.lienWaiver(company.name() + " supplier", project.title(), "$4,250.00", period.endDate(), true));
        }
        if (index % 4 == 2) {
            upload(uploader, ref, "Material receipt " + label + ".jpg", DocumentType.RECEIPT,
                    DemoFiles.scannedReceipt(invoice.id()));
        }
        if (!latest) {
            return;
        }
        switch (index) {
            case 0 -> reviews.recordSignedDocument(admin, invoice.id(), "Signed pay application.pdf",
                    DemoFiles.signedPayApplication(company.name(),
                    invoice.number(), amount));
            case 2 -> reviews.sendForSignature(admin, invoice.id());
            case 3 -> upload(uploader, ref, "Insurance certificate (protected).pdf", DocumentType.INSURANCE,
                    DemoFiles.encryptedPdf("Certificate of insurance " + company.name()));
            case 4 -> upload(uploader, ref, "Scanned lien waiver (damaged).pdf", DocumentType.LIEN_WAIVER,
                    DemoFiles.damagedPdf(invoice.id()));
            case 6 -> upload(uploader, ref, "Material log " + label + ".csv", DocumentType.OTHER,
                    DemoFiles.materialLog(company.name()));
            case 8 -> upload(uploader, ref, "Certificate of insurance " + label + ".pdf", DocumentType.INSURANCE,
                    DemoFiles.insuranceCertificate(company.name(), project.title(), period.endDate().plusYears(1)));
            default -> { }
        }
    }

    /**
     * The prime contract, one line per trade under the trade's cost code beside the general contractor's general
     * conditions, and an owner invoice for each closed period that bills what the subcontractors billed on each cost
     * code plus the general conditions: paid, then approved, and the last one submitted for the owner to review.
     * The open period's is left for the administrator to create and fill from the approved subcontractor invoices.
     * Returns the approved one.
     */
    private long ownerInvoices(UserAccount admin, Project project, Company owner, List<Subcontract> subcontracts,
                               List<BillingPeriod> calendar, Map<Long, Map<String, Money[]>> billed) {
        List<NewSovLine> schedule = new ArrayList<>();
        schedule.add(new NewSovLine("1", "General conditions and fee", Money.of("780000.00"), GENERAL_CONDITIONS, false));
        for (int i = 0; i < subcontracts.size(); i++) {
            Money trade = contracts.subcontractSov(subcontracts.get(i).id()).stream().filter(line -> !line.changeOrder())
                    .map(SovLine::scheduledValue).reduce(Money.ZERO, Money::plus);
            schedule.add(new NewSovLine(String.valueOf(i + 2), TRADES[i][0], trade, TRADES[i][2], false));
        }
        schedule.add(new NewSovLine("CO-1", "Change order 1 - owner requested revisions",
                Money.of(BigDecimal.valueOf(18_500L * subcontracts.size())), CHANGE_ORDERS, true));
        PrimeContract prime = contracts.createPrimeContract(project.id(), "PC-001",
                "Riverside Medical Office Building - Prime Contract", owner.id(), BigDecimal.valueOf(5), schedule);
        List<SovLine> sov = contracts.primeContractSov(prime.id());
        long approved = 0;
        for (int p = 0; p < calendar.size() - 1; p++) {
            BillingPeriod period = calendar.get(p);
            Map<String, Money[]> byCostCode = billed.getOrDefault(period.id(), Map.of());
            List<PayApplication.Entry> lines = sov.stream().map(line -> {
                Money[] amounts = byCostCode.getOrDefault(line.costCode(), new Money[] {Money.ZERO, Money.ZERO});
                Money work = line.costCode().equals(GENERAL_CONDITIONS)
                        ? line.scheduledValue().percent(BigDecimal.valueOf(12)) : amounts[0];
                return new PayApplication.Entry(line.id(), work, amounts[1], prime.retainagePercent());
            }).toList();
            OwnerInvoiceStatus status = p < calendar.size() - 3 ? OwnerInvoiceStatus.PAID
                    : p == calendar.size() - 3 ? OwnerInvoiceStatus.APPROVED : OwnerInvoiceStatus.SUBMITTED;
            var invoice = invoices.createOwnerInvoice(new NewOwnerInvoice(prime.id(), period.id(),
                    prime.number() + "-" + String.format("%02d", p + 1), status, period.endDate(), period.startDate(),
                    period.endDate(), "Monthly pay application", lines));
            upload(admin.id(), InvoiceRef.owner(invoice.id()), "GC lien waiver " + invoice.number() + ".pdf",
                    DocumentType.LIEN_WAIVER, DemoFiles.lienWaiver("Keystone Builders Inc.", project.title(),
                            Formats.US.money(invoice.currentPaymentDue(), project.currency()), period.endDate(), false));
            if (status == OwnerInvoiceStatus.APPROVED) {
                approved = invoice.id();
            }
        }
        return approved;
    }

    private void upload(long userId, InvoiceRef ref, String name, DocumentType type, byte[] content) {
        attachments.upload(userId, ref, name, type, content);
    }
}
