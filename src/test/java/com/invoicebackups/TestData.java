package com.invoicebackups;

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
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.NewOwnerInvoice;
import com.invoicebackups.invoicing.NewSubcontractorInvoice;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Builds a small, separate world per test through the product's services: nothing shared, nothing faked. */
public final class TestData {

    private final CompanyService companies;
    private final ProjectService projects;
    private final ContractService contracts;
    private final BillingPeriodService periods;
    private final InvoiceService invoices;

    public TestData(ApplicationContext context) {
        companies = context.getBean(CompanyService.class);
        projects = context.getBean(ProjectService.class);
        contracts = context.getBean(ContractService.class);
        periods = context.getBean(BillingPeriodService.class);
        invoices = context.getBean(InvoiceService.class);
    }

    /** A project with an administrator, a read-only member, an outsider and a subcontractor's invoice contact. */
    public record World(Project project, UserAccount admin, UserAccount viewer, UserAccount outsider,
                        UserAccount contact, Company subcontractor) {
    }

    public World world() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Company gc = companies.createCompany("GC " + tag, CompanyKind.GENERAL_CONTRACTOR, "gc");
        Company sub = companies.createCompany("Sub " + tag, CompanyKind.SUBCONTRACTOR, "gc");
        UserAccount admin = user("admin-" + tag, gc);
        UserAccount viewer = user("viewer-" + tag, gc);
        UserAccount outsider = user("outsider-" + tag, gc);
        UserAccount contact = user("contact-" + tag, sub);
        Project project = projects.create("Project " + tag, "P-" + tag, "1 Test Street", gc.id());
        projects.addMember(project.id(), admin.id(), Permission.ADMIN, Permission.ADMIN);
        projects.addMember(project.id(), viewer.id(), Permission.READ_ONLY, Permission.READ_ONLY);
        projects.addMember(project.id(), contact.id(), Permission.READ_ONLY, Permission.NONE);
        return new World(project, admin, viewer, outsider, contact, sub);
    }

    public UserAccount user(String username, Company company) {
        return companies.createUser(username, "User " + username, username + "@test.example", company.id(), "secret");
    }

    public Subcontract subcontract(World world, String number, Company company) {
        return contracts.createSubcontract(world.project().id(), number, "Trade " + number, company.id(),
                SubcontractStatus.APPROVED, BigDecimal.TEN, List.of(
                        new NewSovLine("1", "Labor", Money.of("100000.00"), "01-100", false),
                        new NewSovLine("2", "Materials", Money.of("50000.00"), "01-200", false)));
    }

    public BillingPeriod period(World world, LocalDate start, PeriodStatus status) {
        return periods.create(world.admin().id(), world.project().id(), start, start.plusMonths(1).minusDays(1),
                start.plusMonths(1).minusDays(5), status);
    }

    /** An invoice claiming the given amount of work on the first SOV line. */
    public SubcontractorInvoice invoice(Subcontract subcontract, BillingPeriod period, String number,
                                        InvoiceStatus status, String workThisPeriod, String comment) {
        SovLine first = contracts.subcontractSov(subcontract.id()).getFirst();
        return invoices.createSubcontractorInvoice(new NewSubcontractorInvoice(subcontract.id(),
                period == null ? null : period.id(), number, status, period == null ? null : period.endDate(),
                null, null, null, null, comment,
                List.of(new PayApplication.Entry(first.id(), Money.of(workThisPeriod), Money.ZERO, BigDecimal.TEN))));
    }

    /** A prime contract with one SOV line, owned by the world's subcontractor company (any company will do). */
    public PrimeContract primeContract(World world, String number) {
        return contracts.createPrimeContract(world.project().id(), number, "Building " + number,
                world.subcontractor().id(), BigDecimal.valueOf(5),
                List.of(new NewSovLine("1", "Building", Money.of("1000000.00"), null, false)));
    }

    /** The id of the prime contract's first SOV line. */
    public long primeContractLine(PrimeContract prime) {
        return contracts.primeContractSov(prime.id()).getFirst().id();
    }

    /** An owner invoice claiming the given amount of work on the prime contract's first SOV line. */
    public OwnerInvoice ownerInvoice(PrimeContract prime, BillingPeriod period, String number,
                                     OwnerInvoiceStatus status, String workThisPeriod, String comment) {
        SovLine first = contracts.primeContractSov(prime.id()).getFirst();
        return invoices.createOwnerInvoice(new NewOwnerInvoice(prime.id(), period == null ? null : period.id(), number,
                status, period == null ? null : period.endDate(), null, null, comment,
                List.of(new PayApplication.Entry(first.id(), Money.of(workThisPeriod), Money.ZERO, BigDecimal.valueOf(5)))));
    }

    /** One APPROVED invoice of SC-1 in a CLOSED January period: enough for a backup to compile. */
    public SubcontractorInvoice approvedInvoice(World world) {
        Subcontract subcontract = subcontract(world, "SC-1", world.subcontractor());
        BillingPeriod period = period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        return invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);
    }
}
