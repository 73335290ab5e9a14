package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestData;
import com.invoicebackups.TestInstances;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.InvoiceStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance killed between saving a backup and enqueueing its job leaves a QUEUED row that no job will
 * ever compile; the recurring check finds it and it is compiled, exactly once.
 */
class QueuedWithoutJobIT {

    @Test
    void a_backup_left_queued_without_its_job_by_a_killed_instance_is_compiled_exactly_once() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            ConfigurableApplicationContext app = instances.start("--invoicebackups.backup.requeue-after=PT5S");
            TestData data = new TestData(app);
            TestData.World world = data.world();
            var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
            var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
            var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);

            // what the killed instance did before it died: the row is saved, the job never enqueued
            String dictionary = app.getBean(CompanyService.class).user(world.admin().id()).dictionary();
            long backupId = app.getBean(BackupRepository.class).saveAndFlush(new BackupEntity(world.project().id(),
                    BackupKind.SUBCONTRACTOR, world.admin().id(), Instant.now().minus(Duration.ofMinutes(1)),
                    List.of(invoice.id()), BackupOptions.ALL, dictionary)).getId();

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            for (int wait = 0; wait < 160 && !status(jdbc, backupId).equals("SUCCEEDED"); wait++) {
                Thread.sleep(250);
            }
            assertThat(status(jdbc, backupId)).isEqualTo("SUCCEEDED");
            // a few more checks find nothing more to do
            Thread.sleep(12_000);
            assertThat(jdbc.sql("select attempts from backup where id = ?").param(backupId).query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from jobrunr_jobs where id = ?")
                    .param(CompileBackupJob.jobId(backupId).toString()).query(Integer.class).single()).isEqualTo(1);
            assertThat(instances.completeDocuments()).hasSize(1);
        }
    }

    private static String status(JdbcClient jdbc, long backupId) {
        return jdbc.sql("select status from backup where id = ?").param(backupId).query(String.class).single();
    }
}
