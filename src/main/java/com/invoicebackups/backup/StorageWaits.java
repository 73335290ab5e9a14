package com.invoicebackups.backup;

import java.time.Duration;

/**
 * How long a backup waits for a document store that cannot be reached: {@code first}, then each wait twice the one
 * before up to {@code longest}, {@code count} waits in all before the backup fails.
 */
record StorageWaits(Duration first, Duration longest, int count) {

    /** The wait after {@code waited} earlier ones. */
    Duration after(int waited) {
        Duration wait = first;
        for (int i = 0; i < waited && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

}
