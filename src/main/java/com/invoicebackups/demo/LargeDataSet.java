package com.invoicebackups.demo;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
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
import com.invoicebackups.invoicing.BulkInvoices;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.NewOwnerInvoice;
import com.invoicebackups.invoicing.NewSubcontractorInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.PayApplication;
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
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project with 100,000 subcontractor invoices (1,000 subcontracts x 100 monthly periods) for
 * performance work. Companies, subcontracts and periods go through the services; the invoices and
 * their lines are written by invoicing's bulk writer, their totals from the same G702/G703 arithmetic.
 */
@Component
public class LargeDataSet {

    public static final String PROJECT_NUMBER = "2025-100";
    static final int SUBCONTRACTS = 1_000;
    static final int PERIODS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(LargeDataSet.class);
    private static final String[] FIRST = {"Apex", "Bayline", "Cobalt", "Delta", "Evergreen", "Foundry", "Granite",
            "Harbor", "Ironwood", "Juniper", "Keystone", "Lakeside", "Meridian", "Northgate", "Oakridge", "Pioneer",
            "Quarry", "Ridgeline", "Sterling", "Tidewater"};
    private static final String[] SECOND = {"Concrete", "Electric", "Mechanical", "Steel", "Glazing", "Roofing",
            "Drywall", "Plumbing", "Paving", "Fire Protection"};

    private final CompanyService companies;
    private final ProjectService projects;
    private final ContractService contracts;
    private final BillingPeriodService periods;
    private final BulkInvoices bulk;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LargeDataSet(CompanyService companies, ProjectService projects, ContractService contracts,
                 BillingPeriodService periods, BulkInvoices bulk, TransactionTemplate transaction, Clock clock) {
        this.companies = companies;
        this.projects = projects;
        this.contracts = contracts;
        this.periods = periods;
        this.bulk = bulk;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Loads the large project for the given administrator unless it exists; returns its id. */
    public long loadIfAbsent(long adminId) {
        return projects.findByNumber(PROJECT_NUMBER).map(Project::id).orElseGet(() -> {
            long started = System.nanoTime();
            long projectId = transaction.execute(status -> load(adminId));
            LOG.info("Large data set ({} invoices) loaded in {} s", SUBCONTRACTS * PERIODS,
                    (System.nanoTime() - started) / 1_000_000_000.0);
            return projectId;
        });
    }

    private long load(long adminId) {
        Project project = projects.create("Harbor Logistics Center", PROJECT_NUMBER, "400 Terminal Way, Long Beach, CA 90802",
                companies.user(adminId).companyId());
        projects.addMember(project.id(), adminId, Permission.ADMIN, Permission.ADMIN);

        List<Company> subs = new ArrayList<>();
        for (int i = 0; i < FIRST.length * SECOND.length; i++) {
            subs.add(companies.createCompany(FIRST[i % FIRST.length] + " " + SECOND[i / FIRST.length] + " Inc.",
                    CompanyKind.SUBCONTRACTOR, "gc"));
        }
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1).minusMonths(PERIODS - 1);
        List<BillingPeriod> calendar = new ArrayList<>();
        for (int p = 0; p < PERIODS; p++) {
            LocalDate start = first.plusMonths(p);
            LocalDate end = start.plusMonths(1).minusDays(1);
            calendar.add(periods.create(adminId, project.id(), start, end, end.minusDays(5),
                    p == PERIODS - 1 ? PeriodStatus.OPEN : PeriodStatus.CLOSED));
        }

        Random random = new Random(100_000);
        BulkInvoices.Writer invoices = bulk.writer();
        InvoiceStatus[] statuses = InvoiceStatus.values();
        for (int s = 0; s < SUBCONTRACTS; s++) {
            BigDecimal retainage = BigDecimal.valueOf(s % 5 == 0 ? 5 : 10);
            Company company = subs.get(s % subs.size());
            Subcontract subcontract = contracts.createSubcontract(project.id(), "SC-" + (s + 1),
                    SECOND[s % SECOND.length] + " package " + (s + 1), company.id(),
                    SubcontractStatus.APPROVED, retainage, List.of(
                            line("1", "Labor", random), line("2", "Materials", random), line("3", "Equipment", random)));
            List<SovLine> sov = contracts.subcontractSov(subcontract.id());
            Map<Long, Money> previousWork = new HashMap<>();
            Money previousCertificates = Money.ZERO;
            for (int p = 0; p < PERIODS; p++) {
                BillingPeriod period = calendar.get(p);
                List<PayApplication.Entry> entries = new ArrayList<>();
                for (SovLine line : sov) {
                    entries.add(new PayApplication.Entry(line.id(),
                            line.scheduledValue().percent(BigDecimal.valueOf(random.nextInt(150), 2)), Money.ZERO, retainage));
                }
                PayApplication.Summary totals = PayApplication.calculate(sov, retainage, previousWork,
                        previousCertificates, entries).summary();
                InvoiceStatus status = p < PERIODS - 3 ? InvoiceStatus.APPROVED : statuses[random.nextInt(statuses.length)];
                invoices.subcontractorInvoice(subcontract, company.name(), period, p + 1, new NewSubcontractorInvoice(
                        subcontract.id(), period.id(), (s + 1) + "-" + (p + 1), status, period.endDate(),
                        period.startDate(), period.endDate(), period.endDate().plusDays(2), null,
                        p % 7 == 0 ? "Includes stored materials" : null, entries), totals);
                entries.forEach(entry -> previousWork.merge(entry.sovLineId(), entry.thisPeriod(), Money::plus));
                previousCertificates = totals.totalEarnedLessRetainage();
            }
        }
        ownerInvoices(project, calendar, random, invoices);
        invoices.flush();
        return project.id();
    }

    /** As many owner invoices as subcontractor invoices: one per prime contract and period, for the Owner grid. */
    private void ownerInvoices(Project project, List<BillingPeriod> calendar, Random random,
                               BulkInvoices.Writer invoices) {
        Company owner = companies.createCompany("Harbor Port Authority", CompanyKind.OWNER, "owner");
        OwnerInvoiceStatus[] statuses = OwnerInvoiceStatus.values();
        for (int c = 0; c < SUBCONTRACTS; c++) {
            PrimeContract prime = contracts.createPrimeContract(project.id(), "PC-" + (c + 1), "Phase " + (c + 1),
                    owner.id(), BigDecimal.TEN, List.of(line("1", "Building", random)));
            for (int p = 0; p < PERIODS; p++) {
                BillingPeriod period = calendar.get(p);
                Money work = Money.of(BigDecimal.valueOf(random.nextInt(5_000_000), 2));
                OwnerInvoiceStatus status = p < PERIODS - 3 ? OwnerInvoiceStatus.APPROVED
                        : statuses[random.nextInt(statuses.length)];
                invoices.ownerInvoice(prime, period, p + 1, new NewOwnerInvoice(prime.id(), period.id(),
                        "OA-" + (c + 1) + "-" + (p + 1), status, period.endDate(), period.startDate(), period.endDate(),
                        null, List.of()), work, random.nextInt(4));
            }
        }
    }

    private static NewSovLine line(String item, String description, Random random) {
        return new NewSovLine(item, description, Money.of(BigDecimal.valueOf(50_000 + random.nextInt(450_000))), null, false);
    }
}
