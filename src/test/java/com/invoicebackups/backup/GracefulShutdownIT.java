package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.TestInstances;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance told to stop while it compiles hands the backup back at once (no time to finish is configured
 * here), stops promptly, and the other instance compiles the backup from the start; the handed-back attempt is
 * not counted against the backup.
 */
class GracefulShutdownIT {

    @Test
    void a_stopping_instance_hands_its_running_backup_to_the_other() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            Map<String, ConfigurableApplicationContext> byName = Map.of(
                    "first", instances.start("--spring.profiles.active=demo", "--db-scheduler.scheduler-name=first",
                            "--invoicebackups.backup.shutdown-wait=0s"),
                    "second", instances.start("--spring.profiles.active=demo", "--db-scheduler.scheduler-name=second",
                            "--invoicebackups.backup.shutdown-wait=0s"));
            JdbcClient jdbc = byName.get("first").getBean(JdbcClient.class);
            long projectId = jdbc.sql("select id from project where number = '2024-017'").query(Long.class).single();
            long adminId = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
            List<Long> invoiceIds = jdbc.sql("""
                    select i.id from subcontractor_invoice i join subcontract s on s.id = i.subcontract_id
                    where s.project_id = ? and i.status = 'APPROVED' and s.private_contract = false
                    order by i.id""").param(projectId).query(Long.class).list();
            long backupId = byName.get("first").getBean(BackupService.class).request(adminId, projectId,
                    BackupKind.SUBCONTRACTOR, invoiceIds, BackupOptions.ALL.sealed(false)).id();

            AtomicReference<String> compiling = new AtomicReference<>();
            List<String> seen = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(12)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
                Map<String, Object> row = jdbc.sql("""
                        select b.status, b.progress, t.picked, t.picked_by from backup b
                        left join scheduled_tasks t on t.task_instance = concat('backup-', b.id) where b.id = ?""")
                        .param(backupId).query().singleRow();
                seen.add(row.toString());
                List<String> latest = List.copyOf(seen.subList(Math.max(0, seen.size() - 30), seen.size()));
                assertThat("RUNNING".equals(row.get("status")) && row.get("picked_by") != null)
                        .as("the backup is being compiled: %s", latest).isTrue();
                compiling.set((String) row.get("picked_by"));
            });
            String holder = compiling.get();
            assertThat(holder).as("the instance compiling the backup").isIn("first", "second");
            String other = holder.equals("first") ? "second" : "first";

            long stopping = System.nanoTime();
            byName.get(holder).close();
            JdbcClient survivor = byName.get(other).getBean(JdbcClient.class);
            assertThat((System.nanoTime() - stopping) / 1_000_000).as("milliseconds to stop").isLessThan(15_000);

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(status(survivor, backupId)).startsWith("SUCCEEDED"));
            assertThat(survivor.sql("select attempts from backup where id = ?").param(backupId).query(Integer.class)
                    .single()).isEqualTo(1);
            // counted just after the row is written
            MeterRegistry otherMetrics = byName.get(other).getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> compiled(otherMetrics) != 0);
            assertThat(compiled(otherMetrics)).isEqualTo(1);
            // the job's row goes once the finished backup is written, a moment after
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(leftJobs(survivor)).isZero());
        }
    }

    private static int leftJobs(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'compile-backup'")
                .query(Integer.class).single();
    }

    private static double compiled(MeterRegistry metrics) {
        return metrics.counter("invoicebackups.backups.compiled", "kind", "subcontractor").count();
    }

    private static String status(JdbcClient jdbc, long backupId) {
        return jdbc.sql("select status from backup where id = ?").param(backupId).query(String.class).single();
    }
}
