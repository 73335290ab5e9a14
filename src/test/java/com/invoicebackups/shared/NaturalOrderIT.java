package com.invoicebackups.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractSortKeysMigration;
import com.invoicebackups.contract.SubcontractStatus;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.invoicing.InvoiceSortKeysMigration;
import com.invoicebackups.invoicing.InvoiceSort;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoiceFilter;
import com.invoicebackups.invoicing.OwnerInvoiceGridService;
import com.invoicebackups.invoicing.OwnerInvoiceRow;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.sql.DataSource;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * MariaDB sorts by the stored natural-order keys exactly as {@link NaturalOrder#COMPARATOR} sorts in memory, on
 * generated numbers: the subcontracts list, both grids by invoice and by contract number, and the keys the
 * migration gives rows that were there before.
 */
@IntegrationTest
class NaturalOrderIT {

    @Autowired
    ContractService contracts;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    OwnerInvoiceGridService ownerGrid;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    TestData data;
    TestData.World world;
    long admin;
    long project;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        world = data.world();
        admin = world.admin().id();
        project = world.project().id();
    }

    @Test
    void subcontracts_come_from_the_database_in_the_comparators_order() {
        List<String> numbers = numbers(7L, 150);
        numbers.forEach(number -> contracts.createSubcontract(project, number, "Trade", world.subcontractor().id(),
                SubcontractStatus.APPROVED, BigDecimal.TEN, List.of()));

        assertThat(contracts.subcontractsForSetUp(admin, project).stream().map(Subcontract::number).toList())
                .isEqualTo(sorted(numbers));
    }

    @Test
    void both_grids_sort_generated_invoice_and_contract_numbers_as_the_comparator_does() {
        Subcontract subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        List<String> invoiceNumbers = numbers(11L, 60);
        invoiceNumbers.forEach(number -> data.invoice(subcontract, null, number, InvoiceStatus.DRAFT, "1.00", null));
        List<String> contractNumbers = numbers(13L, 40);
        List<String> ownerNumbers = numbers(17L, 40);
        for (int i = 0; i < contractNumbers.size(); i++) {
            PrimeContract prime = data.primeContract(world, contractNumbers.get(i));
            data.ownerInvoice(prime, null, ownerNumbers.get(i), OwnerInvoiceStatus.DRAFT, "1.00", null);
        }

        assertThat(subcontractorRows(true)).isEqualTo(sorted(invoiceNumbers));
        assertThat(subcontractorRows(false)).isEqualTo(sorted(invoiceNumbers).reversed());
        assertThat(ownerRows(InvoiceSort.Column.INVOICE_NUMBER, OwnerInvoiceRow::number)).isEqualTo(sorted(ownerNumbers));
        assertThat(ownerRows(InvoiceSort.Column.CONTRACT_NUMBER, OwnerInvoiceRow::contractNumber))
                .isEqualTo(sorted(contractNumbers));
    }

    @Test
    void the_migration_gives_rows_from_before_the_keys_the_product_writes() throws Exception {
        Subcontract subcontract = data.subcontract(world, "SC-01.É", world.subcontractor());
        data.invoice(subcontract, null, "Inv 0010", InvoiceStatus.DRAFT, "1.00", null);
        PrimeContract prime = data.primeContract(world, "PC_2-10000000000000000000");
        data.ownerInvoice(prime, null, "OA-1.10", OwnerInvoiceStatus.DRAFT, "1.00", null);
        assertKeysAreNaturalOrderKeys();

        jdbc.sql("update subcontract set number_sort_key = '' where project_id = ?").param(project).update();
        jdbc.sql("update subcontractor_invoice set number_sort_key = '', contract_sort_key = '' where project_id = ?")
                .param(project).update();
        jdbc.sql("update owner_invoice set number_sort_key = '', contract_sort_key = '' where project_id = ?")
                .param(project).update();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(connection));
            new SubcontractSortKeysMigration().execute(database);
            new InvoiceSortKeysMigration().execute(database);
            // as Liquibase ends each changeSet: it took the connection out of auto-commit
            database.commit();
        }

        assertKeysAreNaturalOrderKeys();
    }

    /** Distinct numbers as a number column takes them: trimmed, at most 50 characters, no two with one key. */
    private static List<String> numbers(long seed, int count) {
        GeneratedLabels labels = new GeneratedLabels(new Random(seed), false);
        Map<String, String> byKey = new LinkedHashMap<>();
        while (byKey.size() < count) {
            String label = GeneratedLabels.label(labels.parts()).strip();
            if (!label.isEmpty() && label.length() <= 50) {
                byKey.putIfAbsent(NaturalOrder.sortKey(label), label);
            }
        }
        return List.copyOf(byKey.values());
    }

    private static List<String> sorted(List<String> numbers) {
        return numbers.stream().sorted(NaturalOrder.COMPARATOR).toList();
    }

    private List<String> subcontractorRows(boolean ascending) {
        return grid.page(admin, project, InvoiceFilter.NONE,
                        List.of(new InvoiceSort(InvoiceSort.Column.INVOICE_NUMBER, ascending)), 0, 100)
                .stream().map(InvoiceRow::number).toList();
    }

    private List<String> ownerRows(InvoiceSort.Column column, Function<OwnerInvoiceRow, String> shown) {
        return ownerGrid.page(admin, project, OwnerInvoiceFilter.NONE, List.of(new InvoiceSort(column, true)), 0, 100)
                .stream().map(shown).toList();
    }

    /** Every key of the project's rows, invoices' copies of their contracts' keys too, is NaturalOrder's. */
    private void assertKeysAreNaturalOrderKeys() {
        List<String[]> rows = jdbc.sql("""
                        select number, number_sort_key from subcontract where project_id = :project
                        union all
                        select i.number, i.number_sort_key from subcontractor_invoice i where i.project_id = :project
                        union all
                        select s.number, i.contract_sort_key from subcontractor_invoice i
                          join subcontract s on s.id = i.subcontract_id where i.project_id = :project
                        union all
                        select o.number, o.number_sort_key from owner_invoice o where o.project_id = :project
                        union all
                        select pc.number, o.contract_sort_key from owner_invoice o
                          join prime_contract pc on pc.id = o.prime_contract_id where o.project_id = :project""")
                .param("project", project)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows).hasSize(5);
        rows.forEach(row -> assertThat(row[1]).as("key of %s", row[0]).isEqualTo(NaturalOrder.sortKey(row[0])));
    }
}
