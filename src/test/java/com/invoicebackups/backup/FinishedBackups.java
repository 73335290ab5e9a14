package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Waiting for a backup the job engine compiles, as a screen waits for its alert. */
final class FinishedBackups {

    private FinishedBackups() {
    }

    /** The backup once it has finished, which it must have done with a file to download. */
    static Backup awaitDownloadable(BackupService backups, long userId, long backupId) {
        Backup backup = await().alias("backup " + backupId + " finished").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> backups.backup(userId, backupId).orElseThrow(), Backup::finished);
        assertThat(backup.downloadable()).as(String.join(" ", backup.warnings())).isTrue();
        return backup;
    }
}
