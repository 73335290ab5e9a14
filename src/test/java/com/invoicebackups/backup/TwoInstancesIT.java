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

/** Two application instances on one database: every backup is compiled exactly once, by one of them. */
class TwoInstancesIT {

    @Test
    void twenty_backups_queued_on_two_instances_are_each_compiled_exactly_once() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            ConfigurableApplicationContext first = instances.start();
            ConfigurableApplicationContext second = instances.start();
            TestData data = new TestData(first);
            TestData.World world = data.world();
            var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
            var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
            var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);

            for (int i = 0; i < 20; i++) {
                (i % 2 == 0 ? first : second).getBean(BackupService.class).request(world.admin().id(),
                        world.project().id(), BackupKind.SUBCONTRACTOR, List.of(invoice.id()), BackupOptions.ALL);
            }
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> jdbc.sql("select count(*) from backup where status in ('SUCCEEDED',"
                            + " 'FAILED', 'SUCCEEDED_WITH_WARNINGS')").query(Integer.class).single() >= 20);
            assertThat(jdbc.sql("select status from backup").query(String.class).list()).hasSize(20).containsOnly("SUCCEEDED");
            assertThat(jdbc.sql("select attempts from backup").query(Integer.class).list()).containsOnly(1);
            assertThat(jdbc.sql("select document_key from backup").query(String.class).list()).doesNotHaveDuplicates();
            assertThat(instances.completeDocuments()).hasSize(20);
        }
    }
}
