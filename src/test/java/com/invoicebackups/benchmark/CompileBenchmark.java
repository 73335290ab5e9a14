package com.invoicebackups.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.demo.LargeDataSet;
import com.invoicebackups.invoicing.CompilePreflight;
import com.invoicebackups.invoicing.DocumentRules;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.project.ProjectService;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Prints the time from pressing Compile (the request) to the alert (the finished event the screen
 * pushes), through the real job engine: 20 demo invoices with their attachments, seven times one after
 * the other (each time, then the median and the maximum, the first, cold run included), and 100 and 500 invoices
 * of the large data set once each; then what opening the compile dialog reads for 1,200 invoices, three times. Not
 * part of the suite; run with
 * ./mvnw test -Dtest=CompileBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class CompileBenchmark {

    private static final int RUNS = 7;

    @Autowired
    BackupService backups;
    @Autowired
    BackupBroadcaster broadcaster;
    @Autowired
    InvoiceGridService grid;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    LargeDataSet largeDataSet;
    @Autowired
    CompilePreflight preflight;
    @Autowired
    DocumentRules rules;

    @Test
    void click_to_alert() throws Exception {
        long admin = companies.findUser("admin").orElseThrow().id();
        long demo = projects.findByNumber("2024-017").orElseThrow().id();
        List<Long> twenty = grid.ids(admin, demo, InvoiceFilter.NONE).subList(0, 20);
        double[] seconds = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            seconds[run] = measure("20 demo invoices with attachments", admin, demo, twenty);
        }
        Arrays.sort(seconds);
        System.out.printf("%nCOMPILE BENCHMARK  20 demo invoices, %d runs: median %.2f s, max %.2f s%n", RUNS,
                seconds[RUNS / 2], seconds[RUNS - 1]);
        long large = largeDataSet.loadIfAbsent(admin);
        List<Long> ids = grid.ids(admin, large, InvoiceFilter.NONE);
        measure("100 invoices of the large data set", admin, large, ids.subList(0, 100));
        measure("500 invoices of the large data set", admin, large, ids.subList(0, 500));
        for (int run = 0; run < 3; run++) {
            dialog(admin, large, ids.subList(0, 1200));
        }
    }

    /** What opening the compile dialog reads for a selection: the preflight, the document rules and the reconciliation. */
    private void dialog(long admin, long project, List<Long> invoices) {
        long started = System.nanoTime();
        int problems = preflight.problems(admin, project, invoices).size();
        int findings = rules.findings(admin, project, invoices).size();
        int warnings = preflight.warnings(admin, project, invoices).size();
        int flags = backups.reconciliationFlags(admin, project, BackupKind.SUBCONTRACTOR, invoices, java.util.Locale.US)
                .size();
        backups.sealedBy(admin, project);
        System.out.printf("%nCOMPILE BENCHMARK  compile dialog for %d invoices opened in %.2f s (%d problems, %d findings,"
                + " %d warnings, %d flags)%n", invoices.size(), (System.nanoTime() - started) / 1e9, problems, findings,
                warnings, flags);
    }

    private double measure(String name, long admin, long project, List<Long> invoices) throws Exception {
        CompletableFuture<Backup> finished = new CompletableFuture<>();
        long[] id = {-1};
        Runnable unregister = broadcaster.register(admin, project, backup -> {
            if (backup.id() == id[0] && backup.finished()) {
                finished.complete(backup);
            }
        });
        try {
            long started = System.nanoTime();
            id[0] = backups.request(admin, project, BackupKind.SUBCONTRACTOR, invoices, BackupOptions.ALL).id();
            Backup backup = finished.get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(backup.downloadable()).isTrue();
            System.out.printf("%nCOMPILE BENCHMARK  %-36s click to alert %6.2f s  (compile %5.2f s)  %5d pages  %6.1f MB%n",
                    name, seconds, backup.duration().toMillis() / 1000.0, backup.pageCount(), backup.sizeBytes() / 1048576.0);
            return seconds;
        } finally {
            unregister.run();
        }
    }
}
