package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.TestData;
import com.invoicebackups.TestInstances;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.InvoiceStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backups still waiting when the jobs moved to the scheduled_tasks table (their jobs were kept by the former
 * job engine) get their compile task from the migration and are compiled after the upgrade, exactly once;
 * finished backups are left alone.
 */
class QueuedBeforeUpgradeIT {

    @Test
    void a_backup_queued_before_the_upgrade_is_compiled_once_after_it_and_a_finished_one_is_left_alone()
            throws Exception {
        try (TestInstances instances = new TestInstances()) {
            ConfigurableApplicationContext before = instances.startWithoutJobs();
            TestData data = new TestData(before);
            TestData.World world = data.world();
            var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
            var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
            var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);
            BackupService backups = before.getBean(BackupService.class);
            long queued = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                    List.of(invoice.id()), BackupOptions.ALL).id();
            long finished = backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                    List.of(invoice.id()), BackupOptions.ALL).id();

            // what a database of the former version holds: the backups, no tasks, the migration not yet run
            JdbcClient jdbc = before.getBean(JdbcClient.class);
            jdbc.sql("update backup set status = 'FAILED' where id = ?").param(finished).update();
            jdbc.sql("delete from scheduled_tasks").update();
            jdbc.sql("delete from DATABASECHANGELOG where id = '0014-backup-compile-tasks-for-unfinished-backups'").update();
            before.close();

            ConfigurableApplicationContext after = instances.start();
            JdbcClient upgraded = after.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(status(upgraded, queued)).isEqualTo("SUCCEEDED"));
            assertThat(attempts(upgraded, queued)).isEqualTo(1);
            assertThat(status(upgraded, finished)).isEqualTo("FAILED");
            assertThat(attempts(upgraded, finished)).isZero();
            assertThat(instances.completeDocuments()).hasSize(1);
        }
    }

    private static String status(JdbcClient jdbc, long id) {
        return jdbc.sql("select status from backup where id = ?").param(id).query(String.class).single();
    }

    private static int attempts(JdbcClient jdbc, long id) {
        return jdbc.sql("select attempts from backup where id = ?").param(id).query(Integer.class).single();
    }
}
