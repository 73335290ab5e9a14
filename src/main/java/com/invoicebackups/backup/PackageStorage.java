package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.BackupResult;
import com.invoicebackups.backup.pdf.VolumeCompiler;
import com.invoicebackups.backup.pdf.ZipPackager;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.shared.ByteSizes;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a backup's package into the document store and records it on the backup: one document (the PDF, or a ZIP
 * with a PDF per invoice) or volumes each below a size. Nothing is offered unless it is recorded, and it is recorded
 * only while the attempt holds the backup: what an attempt stored and could not record is removed.
 */
@Component
class PackageStorage {

    private static final Logger LOG = LoggerFactory.getLogger(PackageStorage.class);

    private final DocumentStore documents;
    private final BackupUpdates updates;
    private final Clock clock;

    PackageStorage(DocumentStore documents, BackupUpdates updates, Clock clock) {
        this.documents = documents;
        this.updates = updates;
        this.clock = clock;
    }

    /** {@code work}: the attempt's own folder, for volumes and the parts of a ZIP. */
    void store(long backupId, int attempt, BackupEngine engine, BackupRequest request, BackupOptions options,
               String fileName, Dictionary words, BackupEngine.Progress progress, Path work) throws IOException {
        if (options.maxVolumeMegabytes() > 0) {
            storeVolumes(backupId, attempt, engine, request, ByteSizes.ofMegabytes(options.maxVolumeMegabytes()),
                    fileName, words, progress, Files.createDirectories(work.resolve("volumes")));
            return;
        }
        try (DocumentStore.NewDocument document = documents.create()) {
            BackupResult result = options.zip()
                    ? new ZipPackager(engine).write(request, document.output(),
                    Files.createDirectories(work.resolve("zip")), progress)
                    : engine.compile(request, document.output(), progress);
            logDetails(backupId, result);
            if (result.status() == BackupResult.Status.FAILED) {
                updates.apply(backupId, entity -> entity.fail(attempt, String.join(" ", result.warnings()),
                        clock.instant()));
                return;
            }
            document.commit();
            long size = documents.size(document.key());
            BackupEntity recorded = null;
            try {
                ChangesSince since = PackageChangeTracking.changesSince(request, result);
                recorded = updates.apply(backupId, entity -> entity.succeed(attempt, outcome(result), fileName,
                        result.pages(), size, document.key(), result.warnings(), result.snapshot().encode(),
                        PackageChangeTracking.sentence(since, words), since, clock.instant()));
            } finally {
                if (recorded == null) {
                    // not recorded, so never offered: the attempt that holds the backup writes its own document
                    documents.delete(document.key());
                }
            }
        }
    }

    /**
     * The volumes are written in the work folder first (each names the count of them all, known only at the end),
     * then each goes to the document store; none is offered unless all are recorded.
     */
    private void storeVolumes(long backupId, int attempt, BackupEngine engine, BackupRequest request, long maxBytes,
                              String fileName, Dictionary words, BackupEngine.Progress progress, Path folder)
            throws IOException {
        VolumeCompiler.Outcome written = new VolumeCompiler(engine).compile(request, maxBytes, folder, progress);
        BackupResult result = written.result();
        logDetails(backupId, result);
        if (result.status() == BackupResult.Status.FAILED) {
            updates.apply(backupId, entity -> entity.fail(attempt, String.join(" ", result.warnings()), clock.instant()));
            return;
        }
        List<VolumeFile> stored = new ArrayList<>();
        BackupEntity recorded = null;
        try {
            for (VolumeCompiler.Volume volume : written.volumes()) {
                try (DocumentStore.NewDocument document = documents.create()) {
                    Files.copy(volume.file(), document.output());
                    document.commit();
                    stored.add(new VolumeFile(document.key(), volume.bytes(), volume.pages()));
                }
            }
            ChangesSince since = PackageChangeTracking.changesSince(request, result);
            String sentence = PackageChangeTracking.sentence(since, words);
            recorded = updates.apply(backupId, entity -> stored.size() == 1
                    ? entity.succeed(attempt, outcome(result), fileName, result.pages(), stored.getFirst().sizeBytes(),
                    stored.getFirst().documentKey(), result.warnings(), result.snapshot().encode(), sentence, since,
                    clock.instant())
                    : entity.succeedInVolumes(attempt, outcome(result), fileName, stored, result.warnings(),
                    result.snapshot().encode(), sentence, since, clock.instant()));
        } finally {
            if (recorded == null) {
                for (VolumeFile volume : stored) {
                    documents.delete(volume.documentKey());
                }
            }
        }
    }

    /** What the PDF library said of each file it could not take: for the log, not for the reader. */
    private static void logDetails(long backupId, BackupResult result) {
        result.manifest().stream().filter(entry -> entry.detail() != null && !entry.detail().isBlank()).forEach(entry ->
                LOG.info("Backup {}: {} of invoice {} {}: {}", backupId, entry.file(), entry.invoice(),
                        entry.fate(), entry.detail()));
    }

    private static BackupStatus outcome(BackupResult result) {
        return result.status() == BackupResult.Status.SUCCEEDED ? BackupStatus.SUCCEEDED
                : BackupStatus.SUCCEEDED_WITH_WARNINGS;
    }
}
