package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractForm;
import com.invoicebackups.shared.NaturalOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grids sort, filter and show copies on the invoice rows of what other modules own (contract, company, billing
 * period); every change of their sources reaches them.
 */
@IntegrationTest
class GridSortKeysIT {

    @Autowired
    InvoiceGridService grid;
    @Autowired
    OwnerInvoiceGridService ownerGrid;
    @Autowired
    InvoiceDetailService details;
    @Autowired
    CompanyService companies;
    @Autowired
    ContractService contracts;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    TestData.World world;
    Company alpha;
    Company beta;
    Subcontract sc1;
    Subcontract sc2;
    BillingPeriod january;
    BillingPeriod february;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        world = data.world();
        // renames another company's record: the operator's to do
        companies.makeOperator(world.admin().id());
        alpha = companies.createCompany("Alpha " + world.project().number(), CompanyKind.SUBCONTRACTOR, "gc");
        beta = companies.createCompany("Beta " + world.project().number(), CompanyKind.SUBCONTRACTOR, "gc");
        sc1 = data.subcontract(world, "SC-1", alpha);
        sc2 = data.subcontract(world, "SC-2", beta);
        january = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        february = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
        data.invoice(sc1, february, "1-01", InvoiceStatus.APPROVED, "100.00", null);
        data.invoice(sc2, january, "2-01", InvoiceStatus.APPROVED, "100.00", null);
    }

    @Test
    void renaming_a_company_moves_its_invoices_in_the_company_order() {
        assertThat(numbers(InvoiceSort.Column.COMPANY)).containsExactly("1-01", "2-01");

        companies.saveCompany(world.admin().id(), alpha.id(), "Zeta " + world.project().number(),
                CompanyKind.SUBCONTRACTOR, null, "gc");

        assertThat(numbers(InvoiceSort.Column.COMPANY)).containsExactly("2-01", "1-01");
        assertThat(rows(InvoiceSort.Column.COMPANY)).extracting(InvoiceRow::companyName).containsExactly("Beta " + world.project().number(), "Zeta " + world.project().number());
        assertCopiesMatchTheirSources();
    }

    @Test
    void renumbering_a_subcontract_or_giving_it_another_company_moves_its_invoices() {
        assertThat(numbers(InvoiceSort.Column.CONTRACT_NUMBER)).containsExactly("1-01", "2-01");

        contracts.saveSubcontract(world.admin().id(), world.project().id(), sc1.id(), form(sc1, "SC-10", sc1.companyId()));
        assertThat(numbers(InvoiceSort.Column.CONTRACT_NUMBER)).containsExactly("2-01", "1-01");
        assertThat(rows(InvoiceSort.Column.CONTRACT_NUMBER)).extracting(InvoiceRow::contractNumber)
                .containsExactly("SC-2", "SC-10");

        Company aaron = companies.createCompany("Aaron " + world.project().number(), CompanyKind.SUBCONTRACTOR, "gc");
        contracts.saveSubcontract(world.admin().id(), world.project().id(), sc2.id(), form(sc2, "SC-2", aaron.id()));
        assertThat(numbers(InvoiceSort.Column.COMPANY)).containsExactly("2-01", "1-01");
        assertThat(grid.page(world.admin().id(), world.project().id(), new InvoiceFilter(null, aaron.id(), null, null),
                List.of(), 0, 10)).extracting(InvoiceRow::number).containsExactly("2-01");
        assertThat(grid.companyOptions(world.admin().id(), world.project().id()))
                .extracting(InvoiceGridService.CompanyOption::id).containsExactly(aaron.id(), alpha.id());
        assertCopiesMatchTheirSources();
    }

    @Test
    void rescheduling_a_billing_period_moves_its_invoices_in_the_period_order() {
        assertThat(numbers(InvoiceSort.Column.BILLING_PERIOD)).containsExactly("2-01", "1-01");

        BillingPeriod march = periods.reschedule(world.admin().id(), january.id(), january.version(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 25));

        assertThat(numbers(InvoiceSort.Column.BILLING_PERIOD)).containsExactly("1-01", "2-01");
        assertCopiesMatchTheirSources();

        periods.reschedule(world.admin().id(), march.id(), march.version(), march.startDate(), LocalDate.of(2026, 3, 30),
                march.dueDate());
        assertThat(rows(InvoiceSort.Column.BILLING_PERIOD)).extracting(InvoiceRow::periodEnd)
                .containsExactly(february.endDate(), LocalDate.of(2026, 3, 30));
        assertCopiesMatchTheirSources();
    }

    @Test
    void the_owner_grid_follows_a_renumbered_prime_contract_and_a_rescheduled_period() {
        TestData data = new TestData(context);
        PrimeContract pc10 = data.primeContract(world, "PC-10");
        PrimeContract pc2 = data.primeContract(world, "PC-2");
        data.ownerInvoice(pc10, january, "OA-10", OwnerInvoiceStatus.APPROVED, "1.00", null);
        data.ownerInvoice(pc2, february, "OA-9", OwnerInvoiceStatus.DRAFT, "1.00", null);
        assertThat(ownerNumbers(InvoiceSort.Column.CONTRACT_NUMBER)).containsExactly("OA-9", "OA-10");
        assertThat(ownerNumbers(InvoiceSort.Column.INVOICE_NUMBER)).containsExactly("OA-9", "OA-10");

        contracts.savePrimeContract(world.admin().id(), world.project().id(), pc10.id(), "PC-1", "Renamed phase",
                pc10.ownerCompanyId(), pc10.retainagePercent());
        assertThat(ownerNumbers(InvoiceSort.Column.CONTRACT_NUMBER)).containsExactly("OA-10", "OA-9");
        assertThat(ownerGrid.page(world.admin().id(), world.project().id(), new OwnerInvoiceFilter("Renamed phase", null,
                null), List.of(), 0, 10)).extracting(OwnerInvoiceRow::contractNumber).containsExactly("PC-1");

        assertThat(ownerNumbers(InvoiceSort.Column.BILLING_PERIOD)).containsExactly("OA-10", "OA-9");
        periods.reschedule(world.admin().id(), january.id(), january.version(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 25));
        assertThat(ownerNumbers(InvoiceSort.Column.BILLING_PERIOD)).containsExactly("OA-9", "OA-10");
        assertOwnerCopiesMatchTheirSources();
    }

    @Test
    void renumbering_an_owner_invoice_moves_it_in_the_invoice_number_order() {
        TestData data = new TestData(context);
        PrimeContract prime = data.primeContract(world, "PC-1");
        data.ownerInvoice(prime, january, "OA-10", OwnerInvoiceStatus.APPROVED, "1.00", null);
        OwnerInvoice draft = data.ownerInvoice(prime, february, "OA-9", OwnerInvoiceStatus.DRAFT, "1.00", null);
        assertThat(ownerNumbers(InvoiceSort.Column.INVOICE_NUMBER)).containsExactly("OA-9", "OA-10");

        InvoiceRef ref = InvoiceRef.owner(draft.id());
        details.save(world.admin().id(), ref, details.detail(world.admin().id(), ref).version(),
                new InvoiceEdit("OA-11", draft.billingDate(), null, List.of()));

        assertThat(ownerNumbers(InvoiceSort.Column.INVOICE_NUMBER)).containsExactly("OA-10", "OA-11");
        assertOwnerCopiesMatchTheirSources();
    }

    private List<String> ownerNumbers(InvoiceSort.Column column) {
        return ownerGrid.page(world.admin().id(), world.project().id(), OwnerInvoiceFilter.NONE,
                List.of(new InvoiceSort(column, true)), 0, 10).stream().map(OwnerInvoiceRow::number).toList();
    }

    private List<String> numbers(InvoiceSort.Column column) {
        return rows(column).stream().map(InvoiceRow::number).toList();
    }

    private List<InvoiceRow> rows(InvoiceSort.Column column) {
        return grid.page(world.admin().id(), world.project().id(), InvoiceFilter.NONE,
                List.of(new InvoiceSort(column, true)), 0, 10);
    }

    private static SubcontractForm form(Subcontract subcontract, String number, long companyId) {
        return new SubcontractForm(number, subcontract.title(), companyId, subcontract.status(),
                subcontract.retainagePercent(), false, Set.of(), Set.of());
    }

    private void assertOwnerCopiesMatchTheirSources() {
        assertThat(jdbc.sql("""
                select count(*) from owner_invoice i
                  join prime_contract pc on pc.id = i.prime_contract_id
                  left join billing_period bp on bp.id = i.billing_period_id
                 where i.project_id = ? and (i.contract_number <> pc.number or i.contract_title <> pc.title
                       or not i.billing_period_number <=> bp.number or not i.billing_period_start <=> bp.start_date)""")
                .param(world.project().id()).query(Integer.class).single()).isZero();
        List<List<String>> keys = jdbc.sql("""
                        select i.number, i.number_sort_key, pc.number as contract, i.contract_sort_key from owner_invoice i
                          join prime_contract pc on pc.id = i.prime_contract_id
                         where i.project_id = ?""")
                .param(world.project().id())
                .query((rs, row) -> List.of(rs.getString("number_sort_key"), NaturalOrder.sortKey(rs.getString("number")),
                        rs.getString("contract_sort_key"), NaturalOrder.sortKey(rs.getString("contract"))))
                .list();
        assertThat(keys).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(0)).isEqualTo(row.get(1));
            assertThat(row.get(2)).isEqualTo(row.get(3));
        });
    }

    private void assertCopiesMatchTheirSources() {
        assertThat(jdbc.sql("""
                select count(*) from subcontractor_invoice i
                  join subcontract s on s.id = i.subcontract_id
                  join company c on c.id = s.company_id
                  left join billing_period bp on bp.id = i.billing_period_id
                 where i.project_id = ? and (i.contract_sort_key <> s.number_sort_key or i.contract_number <> s.number
                       or i.company_id <> s.company_id or i.company_name <> c.name
                       or not i.billing_period_number <=> bp.number or not i.billing_period_start <=> bp.start_date
                       or not i.billing_period_end <=> bp.end_date)""")
                .param(world.project().id()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select number, number_sort_key from subcontract where project_id = ?")
                .param(world.project().id())
                .query((rs, row) -> rs.getString("number_sort_key").equals(NaturalOrder.sortKey(rs.getString("number"))))
                .list()).isNotEmpty().containsOnly(true);
    }
}
