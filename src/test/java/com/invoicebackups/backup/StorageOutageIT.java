package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.S3Server;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.shared.StoreUnavailable;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The document store (a real S3 server of this test's own) stops for a minute while a backup compiles and a user
 * uploads. The backup waits for it, using up no attempt, and is stored once the server is back; readiness goes
 * down and up with the store; the upload is refused as an outage, not an incident, and keeps nothing; a backup the
 * outage failed for good is tried again with one call.
 */
@IntegrationTest
class StorageOutageIT {

    private static final S3Server S3 = S3Server.startOwn();
    private static final Duration OUTAGE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        String bucket = S3.newBucket();
        S3.arguments(bucket).forEach(argument -> {
            String[] pair = argument.substring(2).split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        });
    }

    @Autowired
    BackupService backups;
    @Autowired
    DocumentStoreWait storeWait;
    @Autowired
    AttachmentService attachments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void a_minute_without_the_store_costs_waits_not_the_backup_nor_the_upload() throws Exception {
        HealthIndicator store = context.getBean("documentStoreHealthIndicator", HealthIndicator.class);
        TestData data = new TestData(context);
        TestData.World world = data.world();
        long admin = world.admin().id();
        SubcontractorInvoice invoice = data.approvedInvoice(world);
        InvoiceRef ref = InvoiceRef.subcontractor(invoice.id());
        attachments.upload(admin, ref, "Lien waiver.pdf", DocumentType.LIEN_WAIVER, TestFiles.pdf("waiver", 2));
        long before = request(admin, world, invoice);
        awaitRow(before, row -> "SUCCEEDED".equals(row.get("status")), Duration.ofSeconds(30));
        assertThat(store.health().getStatus()).isEqualTo(Status.UP);

        S3.stop();
        long down = System.nanoTime();
        long failing;
        long surviving;
        try {
            // no wait allowed: the outage fails this one for good, and says that it may be tried again
            storeWait.storageWaits(new StorageWaits(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
            failing = request(admin, world, invoice);
            awaitRow(failing, row -> "FAILED".equals(row.get("status")), Duration.ofSeconds(30));
            Backup failed = backups.backup(admin, failing).orElseThrow();
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.warnings()).singleElement().asString().contains("could not be reached for too long");

            storeWait.storageWaits(new StorageWaits(Duration.ofSeconds(2), Duration.ofSeconds(8), 100));
            surviving = request(admin, world, invoice);
            Map<String, Object> waiting = awaitRow(surviving, row -> ((Number) row.get("storage_waits")).intValue() >= 2,
                    Duration.ofSeconds(30));
            assertThat(waiting.get("attempts")).as("a wait for the store uses up no attempt").isEqualTo(0);
            assertThat(backups.backup(admin, surviving).orElseThrow().warnings()).singleElement().asString()
                    .startsWith("Waiting for the document store");

            awaitHealth(store, Status.DOWN);

            int attached = attachments.attachments(admin, ref).size();
            assertThatThrownBy(() -> attachments.upload(admin, ref, "Payroll.pdf", DocumentType.CERTIFIED_PAYROLL,
                    TestFiles.pdf("payroll", 1)))
                    .satisfies(refused -> assertThat(StoreUnavailable.in(refused)).isNotNull());
            assertThat(attachments.attachments(admin, ref)).as("nothing kept of the refused upload").hasSize(attached);

            assertThatThrownBy(() -> {
                try (InputStream file = backups.download(admin, before).orElseThrow().content().getInputStream()) {
                    file.readAllBytes();
                }
            }).as("a download in the outage is an outage, not a missing backup")
                    .satisfies(refused -> assertThat(StoreUnavailable.in(refused)).isNotNull());

            long left = OUTAGE.toNanos() - (System.nanoTime() - down);
            Thread.sleep(Math.max(0, left / 1_000_000));
            assertThat(row(surviving).get("status")).isIn("QUEUED", "RUNNING");
        } finally {
            S3.start();
        }

        Map<String, Object> stored = awaitRow(surviving, row -> "SUCCEEDED".equals(row.get("status")),
                Duration.ofSeconds(40));
        assertThat(stored.get("attempts")).as("only the attempt that succeeded counts").isEqualTo(1);
        assertThat(((Number) stored.get("storage_waits")).intValue()).isGreaterThanOrEqualTo(5);
        awaitHealth(store, Status.UP);

        attachments.upload(admin, ref, "Payroll.pdf", DocumentType.CERTIFIED_PAYROLL, TestFiles.pdf("payroll", 1));
        Backup queued = backups.retry(admin, failing);
        assertThat(queued.status()).isEqualTo(BackupStatus.QUEUED);
        awaitRow(failing, row -> "SUCCEEDED".equals(row.get("status")), Duration.ofSeconds(30));
        assertThatThrownBy(() -> backups.retry(admin, failing)).as("only a backup an outage failed is tried again")
                .hasMessageContaining("backup.error.not-retryable");
    }

    private long request(long admin, TestData.World world, SubcontractorInvoice invoice) {
        return backups.request(admin, world.project().id(), BackupKind.SUBCONTRACTOR, List.of(invoice.id()),
                BackupOptions.ALL).id();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from backup where id = ?").param(id).query().singleRow();
    }

    private Map<String, Object> awaitRow(long id, Predicate<Map<String, Object>> condition, Duration timeout) {
        AtomicReference<Map<String, Object>> last = new AtomicReference<>();
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            last.set(row(id));
            assertThat(condition).as("backup %d: %s", id, last.get()).accepts(last.get());
        });
        return last.get();
    }

    /** The indicator asks the store at most every few seconds. */
    private static void awaitHealth(HealthIndicator store, Status wanted) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(store.health().getStatus()).isEqualTo(wanted));
    }
}
