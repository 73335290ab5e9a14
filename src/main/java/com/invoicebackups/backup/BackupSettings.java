package com.invoicebackups.backup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code invoicebackups.backup.*} (see application.properties for each one's meaning). A wrong one
 * stops the start with its name, rather than a compile failing later.
 */
@Validated
@ConfigurationProperties("invoicebackups.backup")
record BackupSettings(@Min(1) @Max(20) int attempts, @Min(1) @Max(3600) long sourceSeconds,
                      @NotNull Duration shutdownWait, @NotNull Duration watchInterval, @NotNull Duration storageWait,
                      @NotNull Duration storageWaitLongest, @Min(0) @Max(100) int storageWaits) {

    /** A wait for the store is positive and grows up to its longest, not beyond. */
    @AssertTrue(message = "storage-wait must be positive and at most storage-wait-longest")
    boolean isStorageWaitSound() {
        return storageWait == null || storageWaitLongest == null
                || storageWait.isPositive() && storageWait.compareTo(storageWaitLongest) <= 0;
    }

    /** No wait at shutdown hands running backups back at once; the watch must tick. */
    @AssertTrue(message = "shutdown-wait must not be negative and watch-interval must be positive")
    boolean isTimingSound() {
        return shutdownWait == null || watchInterval == null || !shutdownWait.isNegative() && watchInterval.isPositive();
    }

    StorageWaits waits() {
        return new StorageWaits(storageWait, storageWaitLongest, storageWaits);
    }
}
