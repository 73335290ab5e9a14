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
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NaturalOrder;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project with 100,000 subcontractor invoices (1,000 subcontracts x 100 monthly periods) for
 * performance work. Companies, subcontracts and periods go through the services; the invoices and
 * their lines are written with multi-row inserts, their totals from the same G702/G703 arithmetic.
 */
@Component
public class LargeDataSet {

    public static final String PROJECT_NUMBER = "2025-100";
    static final int SUBCONTRACTS = 1_000;
    static final int PERIODS = 100;
    private static final int BATCH = 1_000;
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
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LargeDataSet(CompanyService companies, ProjectService projects, ContractService contracts,
                 BillingPeriodService periods, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.companies = companies;
        this.projects = projects;
        this.contracts = contracts;
        this.periods = periods;
        this.jdbc = jdbc;
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
        long nextInvoiceId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from subcontractor_invoice", Long.class);
        Batch invoices = new Batch(jdbc, """
                insert into subcontractor_invoice (id, version, project_id, subcontract_id, contract_sort_key,
                company_name, billing_period_id, billing_period_start, number,
                position, status, billing_date, period_start, period_end, submitted_date, payment_date, comment,
                signature_status, work_this_period, completed_to_date, retainage_amount, earned_less_retainage,
                current_payment_due, attachment_count) values""", 24, null);
        Batch lines = new Batch(jdbc, """
                insert into subcontractor_invoice_line (invoice_id, line_index, sov_line_id, work_this_period,
                materials_stored, retainage_percent) values""", 6, invoices);
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
                long id = nextInvoiceId++;
                invoices.add(id, 0, project.id(), subcontract.id(), NaturalOrder.sortKey(subcontract.number()),
                        company.name(), period.id(), Date.valueOf(period.startDate()), (s + 1) + "-" + (p + 1), p + 1,
                        status.name(), Date.valueOf(period.endDate()), Date.valueOf(period.startDate()),
                        Date.valueOf(period.endDate()), Date.valueOf(period.endDate().plusDays(2)), null,
                        p % 7 == 0 ? "Includes stored materials" : null, "NONE", totals.workThisPeriod().amount(),
                        totals.totalCompletedAndStored().amount(), totals.retainage().amount(),
                        totals.totalEarnedLessRetainage().amount(), totals.currentPaymentDue().amount(), 0);
                for (int l = 0; l < entries.size(); l++) {
                    PayApplication.Entry entry = entries.get(l);
                    lines.add(id, l, entry.sovLineId(), entry.thisPeriod().amount(), entry.materialsStored().amount(),
                            entry.retainagePercent());
                    previousWork.merge(entry.sovLineId(), entry.thisPeriod(), Money::plus);
                }
                previousCertificates = totals.totalEarnedLessRetainage();
            }
        }
        invoices.flush();
        lines.flush();
        ownerInvoices(project, calendar, random);
        return project.id();
    }

    /** As many owner invoices as subcontractor invoices: one per prime contract and period, for the Owner grid. */
    private void ownerInvoices(Project project, List<BillingPeriod> calendar, Random random) {
        Company owner = companies.createCompany("Harbor Port Authority", CompanyKind.OWNER, "owner");
        Batch invoices = new Batch(jdbc, """
                insert into owner_invoice (version, project_id, prime_contract_id, billing_period_id, number, position,
                status, billing_date, period_start, period_end, comment, work_this_period, completed_to_date,
                retainage_amount, earned_less_retainage, current_payment_due, attachment_count) values""", 17, null);
        OwnerInvoiceStatus[] statuses = OwnerInvoiceStatus.values();
        for (int c = 0; c < SUBCONTRACTS; c++) {
            PrimeContract prime = contracts.createPrimeContract(project.id(), "PC-" + (c + 1), "Phase " + (c + 1),
                    owner.id(), BigDecimal.TEN, List.of(line("1", "Building", random)));
            for (int p = 0; p < PERIODS; p++) {
                BillingPeriod period = calendar.get(p);
                BigDecimal work = BigDecimal.valueOf(random.nextInt(5_000_000), 2);
                invoices.add(0, project.id(), prime.id(), period.id(), "OA-" + (c + 1) + "-" + (p + 1), p + 1,
                        (p < PERIODS - 3 ? OwnerInvoiceStatus.APPROVED : statuses[random.nextInt(statuses.length)]).name(),
                        Date.valueOf(period.endDate()), Date.valueOf(period.startDate()), Date.valueOf(period.endDate()),
                        null, work, work, BigDecimal.ZERO, work, work, random.nextInt(4));
            }
        }
        invoices.flush();
        // the copies the Owner grid sorts by, as the product writes them for each new owner invoice
        jdbc.update("""
                update owner_invoice i
                  join prime_contract pc on pc.id = i.prime_contract_id
                  join billing_period bp on bp.id = i.billing_period_id
                   set i.number_sort_key = natural_sort_key(i.number), i.contract_sort_key = natural_sort_key(pc.number),
                       i.billing_period_start = bp.start_date
                 where i.project_id = ?""", project.id());
    }

    private static NewSovLine line(String item, String description, Random random) {
        return new NewSovLine(item, description, Money.of(BigDecimal.valueOf(50_000 + random.nextInt(450_000))), null, false);
    }

    /** Rows gathered into multi-row inserts of {@value #BATCH} rows. */
    private static final class Batch {
        private final JdbcTemplate jdbc;
        private final String insert;
        private final int columns;
        private final Batch parent;
        private final List<Object> values = new ArrayList<>();

        /** Rows of a batch with a parent refer to the parent's rows, which are therefore written first. */
        Batch(JdbcTemplate jdbc, String insert, int columns, Batch parent) {
            this.jdbc = jdbc;
            this.insert = insert;
            this.columns = columns;
            this.parent = parent;
        }

        void add(Object... row) {
            values.addAll(Arrays.asList(row));
            if (values.size() == BATCH * columns) {
                flush();
            }
        }

        void flush() {
            if (parent != null) {
                parent.flush();
            }
            if (values.isEmpty()) {
                return;
            }
            String row = "(" + "?,".repeat(columns - 1) + "?)";
            int rows = values.size() / columns;
            jdbc.update(insert + (row + ",").repeat(rows - 1) + row, values.toArray());
            values.clear();
        }
    }
}
