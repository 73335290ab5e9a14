package com.invoicebackups.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.S3Server;
import com.invoicebackups.TestInstances;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Month end in small: 20 backups of the demo project (each all of its approved invoices with their attachments)
 * requested at once, on one application instance and then on two sharing one schema, documents in an
 * S3-compatible bucket (S3Proxy), and on one instance with as many workers as the two have. Prints the time from the first request to the last backup stored, and how many
 * each instance compiled. Both instances run in this one JVM, on this machine's cores. Not part of the suite; run
 * with ./mvnw test -Dtest=ScaleOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class ScaleOutBenchmark {

    private static final int BACKUPS = 20;

    @Test
    void twenty_backups_on_one_and_on_two_instances() throws Exception {
        measure(1, 2);
        measure(2, 2);
        // as many compiles at once as two instances run, on one
        measure(1, 4);
    }

    private void measure(int instanceCount, int workers) throws Exception {
        S3Server s3 = S3Server.get();
        String bucket = s3.newBucket();
        try (TestInstances instances = new TestInstances()) {
            List<ConfigurableApplicationContext> started = new ArrayList<>();
            for (int i = 0; i < instanceCount; i++) {
                List<String> arguments = new ArrayList<>(s3.arguments(bucket));
                arguments.add("--spring.profiles.active=demo");
                arguments.add("--logging.level.com.invoicebackups=WARN");
                arguments.add("--invoicebackups.backup.workers=" + workers);
                started.add(instances.start(arguments.toArray(String[]::new)));
            }
            JdbcClient jdbc = started.getFirst().getBean(JdbcClient.class);
            long projectId = jdbc.sql("select id from project where number = '2024-017'").query(Long.class).single();
            long adminId = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
            List<Long> invoiceIds = jdbc.sql("""
                    select i.id from subcontractor_invoice i join subcontract s on s.id = i.subcontract_id
                    where s.project_id = ? and i.status = 'APPROVED' and s.private_contract = false""")
                    .param(projectId).query(Long.class).list();

            long start = System.nanoTime();
            for (int i = 0; i < BACKUPS; i++) {
                started.get(i % instanceCount).getBean(BackupService.class).request(adminId, projectId,
                        BackupKind.SUBCONTRACTOR, invoiceIds, BackupOptions.ALL.sealed(false));
            }
            while (jdbc.sql("select count(*) from backup where status in ('SUCCEEDED', 'SUCCEEDED_WITH_WARNINGS',"
                    + " 'FAILED')").query(Integer.class).single() < BACKUPS) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<String> spread = new ArrayList<>();
            for (ConfigurableApplicationContext instance : started) {
                spread.add(String.valueOf((long) instance.getBean(MeterRegistry.class)
                        .counter("invoicebackups.backups.compiled", "kind", "subcontractor").count()));
            }
            long pages = jdbc.sql("select sum(page_count) from backup").query(Long.class).single();
            long bytes = jdbc.sql("select sum(size_bytes) from backup").query(Long.class).single();
            // every backup compiled once, by one of the instances, none failed
            assertThat(jdbc.sql("select count(*) from backup where status = 'FAILED'").query(Integer.class).single())
                    .isZero();
            assertThat(spread.stream().mapToLong(Long::parseLong).sum()).isEqualTo(BACKUPS);
            System.out.printf("SCALE-OUT %d instance(s) of %d workers: %d backups (%d invoices each, %,d pages, %.1f MB in all) in"
                            + " %.1f s; compiled per instance: %s; failed: %d%n", instanceCount, workers, BACKUPS,
                    invoiceIds.size(), pages, bytes / 1e6, seconds, String.join(" / ", spread),
                    jdbc.sql("select count(*) from backup where status = 'FAILED'").query(Integer.class).single());
        }
    }
}
