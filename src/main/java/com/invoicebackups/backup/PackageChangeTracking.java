package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.BackupResult;
import com.invoicebackups.backup.pdf.PackageSnapshot;
import com.invoicebackups.terminology.Dictionary;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * What changed since an earlier package: the latest earlier package of the same kind that held any of the same
 * invoices is handed to the engine by its snapshot, and what the engine found is kept as facts ({@link ChangesSince}).
 */
@Component
class PackageChangeTracking {

    private final BackupRepository backups;
    private final Clock clock;

    PackageChangeTracking(BackupRepository backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    /** The latest earlier package of the same kind that held any of the same invoices; null when there is none. */
    BackupRequest.Previous previousPackage(BackupEntity backup, BackupRequest request, Dictionary words) {
        Set<String> keys = new HashSet<>();
        Set<String> labels = new HashSet<>();
        request.invoices().forEach(invoice -> {
            keys.add(invoice.key());
            labels.add(invoice.displayName());
        });
        for (BackupEntity earlier : backups.findEarlierPackages(backup.getProjectId(), backup.getKind(), backup.getId(),
                Limit.of(50))) {
            PackageSnapshot snapshot = PackageSnapshot.decode(earlier.getSnapshot());
            if (snapshot.holdsAnyOf(keys, labels)) {
                return new BackupRequest.Previous(earlier.getFileName(),
                        words.formats().dateTime(earlier.getRequestedAt().atZone(clock.getZone())),
                        earlier.getRequestedAt(), snapshot);
            }
        }
        return null;
    }

    /** What the engine found changed since the earlier package; null when there was none to compare with. */
    static ChangesSince changesSince(BackupRequest request, BackupResult result) {
        return result.changes() == null ? null : new ChangesSince(request.previous().fileName(),
                request.previous().requestedAt(), result.changes().counts());
    }

    static String sentence(ChangesSince since, Dictionary words) {
        return since == null ? null : since.sentence(words);
    }
}
