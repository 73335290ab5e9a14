package com.invoicebackups.invoicing;

import java.nio.file.Path;

/**
 * Says what a backup will do with a file. Provided by the backup feature from its own engine, so the
 * upload check, the preflight and the compile judge every file with the same code (invoicing cannot
 * depend on the backup feature, which depends on it).
 */
public interface FileJudge {

    /** {@code reasonKey}: the message key a backup's manifest would print for the file, null when merged as is. */
    record Verdict(Outcome outcome, String reasonKey, String detail, String sha256) {
    }

    enum Outcome { MERGED, REPAIRED, IMAGE, LISTED, LEFT_OUT }

    Verdict judge(Path file, String fileName);
}
