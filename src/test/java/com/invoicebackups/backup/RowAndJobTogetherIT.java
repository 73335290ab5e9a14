package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A backup row and its compile job are written in one transaction: a failure after the row is saved leaves
 * neither behind, so there is never a queued backup that no job will compile, nor a job without its backup.
 */
@IntegrationTest
class RowAndJobTogetherIT {

    @Autowired
    BackupService backups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;

    TestData.World world;
    SubcontractorInvoice invoice;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(context);
        world = data.world();
        invoice = data.approvedInvoice(world);
    }

    @Test
    void a_request_whose_transaction_rolls_back_leaves_neither_the_backup_nor_its_job() {
        long[] requested = {-1};
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            requested[0] = request();
            assertThat(tasks(requested[0])).as("scheduled, not yet committed").isEqualTo(1);
            throw new IllegalStateException("the caller fails after the request");
        })).hasMessage("the caller fails after the request");

        assertThat(backupRows(requested[0])).isZero();
        assertThat(tasks(requested[0])).isZero();
    }

    @Test
    void a_backup_whose_job_cannot_be_scheduled_is_not_saved_either() {
        // the next backup id is taken by a stale job that is never due
        long next = jdbc.sql("select coalesce(max(id), 0) + 1000 from backup").query(Long.class).single();
        jdbc.sql("alter table backup auto_increment = " + next).update();
        jdbc.sql("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
                + " values ('compile-backup', ?, '2999-01-01 00:00:00', false, 1)").param("backup-" + next).update();

        assertThatThrownBy(this::request).isInstanceOf(IllegalStateException.class);

        assertThat(backupRows(next)).isZero();
        assertThat(tasks(next)).isEqualTo(1);
        jdbc.sql("delete from scheduled_tasks where task_instance = ?").param("backup-" + next).update();
    }

    @Test
    void a_committed_request_is_compiled_once_and_its_job_is_gone_afterwards() {
        long id = request();
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(status(id)).isEqualTo("SUCCEEDED"));
        assertThat(jdbc.sql("select attempts from backup where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(tasks(id)).isZero());
    }

    private long request() {
        return backups.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR, List.of(invoice.id()),
                BackupOptions.ALL).id();
    }

    private int backupRows(long id) {
        return jdbc.sql("select count(*) from backup where id = ?").param(id).query(Integer.class).single();
    }

    private int tasks(long id) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'compile-backup' and task_instance = ?")
                .param("backup-" + id).query(Integer.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from backup where id = ?").param(id).query(String.class).single();
    }
}
