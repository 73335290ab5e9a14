package com.invoicebackups.demo;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupDeliveries;
import com.invoicebackups.backup.BackupFinished;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.backup.BackupStatus;
import com.invoicebackups.backup.DeliveryLinksIssued;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * In the demo run only: an earlier package already with the owner. The approved owner invoice's backup is compiled
 * by the job engine like any other; once it has succeeded it is sent to the owner's user by a personal link, and
 * that link has been used once, so the backup's history shows a delivery and a download.
 */
@Component
@Profile("demo")
class DemoDelivery {

    /** Where the demo's download came from: an address reserved for documentation. */
    static final String OWNER_ADDRESS = "203.0.113.24";

    private record Awaited(long backupId, long adminId, long ownerUserId) {
    }

    private final BackupService backups;
    private final BackupDeliveries deliveries;
    private final AtomicReference<Awaited> awaited = new AtomicReference<>();
    /** The link is only in the mail: while the demo sends its own delivery, this thread catches its token. */
    private final ThreadLocal<String> sending = new ThreadLocal<>();

    DemoDelivery(BackupService backups, BackupDeliveries deliveries) {
        this.backups = backups;
        this.deliveries = deliveries;
    }

    void compileAndSend(long adminId, long projectId, long ownerInvoiceId, long ownerUserId) {
        Backup backup = backups.requestOwnerBackups(adminId, projectId, List.of(ownerInvoiceId), BackupOptions.ALL,
                Locale.US).getFirst();
        awaited.set(new Awaited(backup.id(), adminId, ownerUserId));
    }

    @ApplicationModuleListener
    void on(BackupFinished finished) {
        Awaited demo = awaited.get();
        if (demo == null || demo.backupId() != finished.backup().id()
                || finished.backup().status() == BackupStatus.FAILED || !awaited.compareAndSet(demo, null)) {
            return;
        }
        sending.set("");
        try {
            deliveries.send(demo.adminId(), demo.backupId(), List.of(demo.ownerUserId()), "");
            if (!sending.get().isEmpty()) {
                deliveries.download(sending.get(), 1, OWNER_ADDRESS);
            }
        } finally {
            sending.remove();
        }
    }

    @EventListener
    void on(DeliveryLinksIssued issued) {
        if (sending.get() != null) {
            sending.set(issued.links().getFirst().path().substring("delivery/".length()));
        }
    }
}
