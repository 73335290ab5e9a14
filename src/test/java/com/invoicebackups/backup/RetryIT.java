package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.TestData;
import com.invoicebackups.TestInstances;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.InvoiceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A document store that cannot be written is a transient failure: the job is tried again with back-off,
 * succeeds once the store is back, and is reported FAILED with its reason after the last attempt.
 */
class RetryIT {

    @Test
    void transient_failures_are_retried_a_bounded_number_of_times() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            ConfigurableApplicationContext app = instances.start("--invoicebackups.backup.attempts=2");
            TestData data = new TestData(app);
            TestData.World world = data.world();
            var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
            var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
            var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);
            BackupService backups = app.getBean(BackupService.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Path store = instances.documents();

            // the store's folder is replaced by a plain file: nothing can be written until it is back
            Files.delete(store);
            Files.writeString(store, "not a folder");
            long recovers = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                    List.of(invoice.id()), BackupOptions.ALL).id();
            awaitUntil(() -> attempts(jdbc, recovers) == 1 && status(jdbc, recovers).equals("QUEUED"));
            assertThat(backups.backup(world.admin().id(), recovers).orElseThrow().warnings().getFirst())
                    .startsWith("Attempt failed");
            Files.delete(store);
            Files.createDirectories(store);
            awaitUntil(() -> status(jdbc, recovers).equals("SUCCEEDED"));
            assertThat(attempts(jdbc, recovers)).isEqualTo(2);

            Files.walk(store).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            Files.writeString(store, "not a folder");
            long fails = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                    List.of(invoice.id()), BackupOptions.ALL).id();
            awaitUntil(() -> status(jdbc, fails).equals("FAILED"));
            assertThat(attempts(jdbc, fails)).isEqualTo(2);
            assertThat(backups.backup(world.admin().id(), fails).orElseThrow().warnings().getFirst())
                    .startsWith("The backup could not be compiled");
            assertThat(backups.download(world.admin().id(), fails)).isEmpty();
            Files.delete(store);
            Files.createDirectories(store);
        }
    }

    private static int attempts(JdbcClient jdbc, long id) {
        return jdbc.sql("select attempts from backup where id = ?").param(id).query(Integer.class).single();
    }

    private static String status(JdbcClient jdbc, long id) {
        return jdbc.sql("select status from backup where id = ?").param(id).query(String.class).single();
    }

    private static void awaitUntil(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(80)).pollInterval(Duration.ofMillis(250)).until(condition);
    }
}
