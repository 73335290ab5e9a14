package com.invoicebackups.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.demo.LargeDataSet;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceSort;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.OwnerInvoiceFilter;
import com.invoicebackups.invoicing.OwnerInvoiceGridService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long the Subcontractor grid takes, server-side, on the 100,000-invoice data set: one page
 * fetch plus the count, as the grid asks for them. Not part of the test suite; run with
 * ./mvnw test -Dtest=GridBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@IntegrationTest
class GridBenchmark {

    private static final int PAGE = 50;
    private static final int RUNS = 15;

    @Autowired
    LargeDataSet largeDataSet;
    @Autowired
    CompanyService companies;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    OwnerInvoiceGridService ownerGrid;

    @Test
    void grid_pages_on_one_hundred_thousand_invoices() {
        var gc = companies.createCompany("Benchmark GC", CompanyKind.GENERAL_CONTRACTOR, "gc");
        UserAccount admin = companies.createUser("bench-admin", "Bench Admin", "bench@test.example", gc.id(), "x");
        long started = System.nanoTime();
        long project = largeDataSet.loadIfAbsent(admin.id());
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(grid.count(admin.id(), project, InvoiceFilter.NONE)).isEqualTo(100_000);
        System.out.printf("%nGRID BENCHMARK  data set: 100,000 invoices loaded in %.1f s%n", loadSeconds);

        long company = grid.companyOptions(admin.id(), project).get(3).id();
        measure("first page (natural contract order)", () -> fetch(admin, project, InvoiceFilter.NONE, List.of()));
        measure("filtered page (company + status)", () -> fetch(admin, project,
                new InvoiceFilter(null, company, null, InvoiceStatus.APPROVED), List.of()));
        measure("searched page (text 'Harbor')", () -> fetch(admin, project,
                new InvoiceFilter("Harbor", null, null, null), List.of()));
        for (InvoiceSort.Column column : InvoiceSort.Column.values()) {
            for (boolean ascending : List.of(true, false)) {
                measure("sorted page (" + column + (ascending ? " asc)" : " desc)"), () -> fetch(admin, project,
                        InvoiceFilter.NONE, List.of(new InvoiceSort(column, ascending))));
            }
        }
        InvoiceFilter approved = new InvoiceFilter(null, null, null, InvoiceStatus.APPROVED);
        int middle = grid.count(admin.id(), project, approved) / 2;
        measure("middle page (approved, by subcontractor)", () -> {
            grid.page(admin.id(), project, approved, List.of(new InvoiceSort(InvoiceSort.Column.COMPANY, true)),
                    middle, PAGE);
            grid.count(admin.id(), project, approved);
        });
        measure("count alone (no filter)", () -> grid.count(admin.id(), project, InvoiceFilter.NONE));
        assertThat(ownerGrid.count(admin.id(), project, OwnerInvoiceFilter.NONE)).isEqualTo(100_000);
        for (InvoiceSort.Column column : OwnerInvoiceGridService.SORTABLE) {
            for (boolean ascending : List.of(true, false)) {
                measure("owner grid sorted page (" + column + (ascending ? " asc)" : " desc)"), () -> {
                    assertThat(ownerGrid.page(admin.id(), project, OwnerInvoiceFilter.NONE,
                            List.of(new InvoiceSort(column, ascending)), 0, PAGE)).hasSize(PAGE);
                    ownerGrid.count(admin.id(), project, OwnerInvoiceFilter.NONE);
                });
            }
        }
        measure("deep page (offset 50,000)", () -> {
            grid.page(admin.id(), project, InvoiceFilter.NONE, List.of(), 50_000, PAGE);
            grid.count(admin.id(), project, InvoiceFilter.NONE);
        });
    }

    private void fetch(UserAccount admin, long project, InvoiceFilter filter, List<InvoiceSort> sorts) {
        assertThat(grid.page(admin.id(), project, filter, sorts, 0, PAGE)).isNotEmpty();
        grid.count(admin.id(), project, filter);
    }

    private static void measure(String name, Runnable fetchAndCount) {
        for (int i = 0; i < 3; i++) {
            fetchAndCount.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            fetchAndCount.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("GRID BENCHMARK  %-45s median %6.1f ms   max %6.1f ms   (%d runs)%n",
                name, millis.get(RUNS / 2), millis.getLast(), RUNS);
    }
}
