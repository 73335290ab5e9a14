package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.TestData;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup of 5,000 invoices is listed and downloaded reading its row once: its invoices are counted by the
 * database and loaded only where they are used, so what a download reads does not grow with the square of its
 * invoices (each of them once repeated the row and its snapshot of the package).
 */
@IntegrationTest
class LargeBackupIT {

    private static final int INVOICES = 5_000;
    /** The snapshot of a package of 5,000 invoices, in JSON, is about this long. */
    private static final int SNAPSHOT_CHARACTERS = 930_000;
    /** Far below the 256 MB heap a small instance runs in; loaded eagerly, the rows came to gigabytes. */
    private static final long MOST_ALLOCATED_BYTES = 64L << 20;

    @Autowired
    BackupService backups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void a_backup_of_5000_invoices_is_listed_and_downloaded_in_little_memory() {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        SubcontractorInvoice invoice = data.approvedInvoice(world);
        long admin = world.admin().id();
        long id = backups.request(admin, world.project().id(), BackupKind.SUBCONTRACTOR, List.of(invoice.id()),
                BackupOptions.ALL).id();
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> backups.backup(admin, id).orElseThrow().finished());
        // as a compile of 5,000 invoices leaves it: one row per invoice, and the package's snapshot
        List<Object[]> rows = new ArrayList<>();
        for (int position = 1; position < INVOICES; position++) {
            rows.add(new Object[] {id, invoice.id(), position});
        }
        jdbc.sql("insert into backup_invoice (backup_id, invoice_id, position) values "
                        + String.join(",", java.util.Collections.nCopies(rows.size(), "(?, ?, ?)")))
                .params(rows.stream().flatMap(java.util.Arrays::stream).toList()).update();
        jdbc.sql("update backup set snapshot = ? where id = ?").params("x".repeat(SNAPSHOT_CHARACTERS), id).update();

        long before = allocatedBytes();
        Backup listed = backups.history(admin, world.project().id()).stream()
                .filter(backup -> backup.id() == id).findFirst().orElseThrow();
        Backup opened = backups.backup(admin, id).orElseThrow();
        BackupService.Download download = backups.download(admin, id).orElseThrow();
        long allocated = allocatedBytes() - before;

        assertThat(listed.invoiceCount()).isEqualTo(INVOICES);
        assertThat(opened.invoiceCount()).isEqualTo(INVOICES);
        assertThat(download.size()).isPositive();
        System.out.printf("%nLARGE BACKUP  listed, opened and downloaded: %.1f MB allocated%n", allocated / 1048576.0);
        assertThat(allocated).as("bytes allocated listing, opening and downloading it").isLessThan(MOST_ALLOCATED_BYTES);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
