package com.invoicebackups.invoicing;

import java.nio.file.Path;

/**
 * Says what a backup will do with a file. Provided by the backup feature from its own engine, so the
 * upload check, the preflight and the compile judge every file with the same code (invoicing cannot
 * depend on the backup feature, which depends on it).
 */
public interface FileJudge {

    /**
     * {@code inspection}: what a backup will do with the file; {@code reasonKey}: the message key a backup's manifest
     * would print for it, null when merged as is; {@code proofVersion}: the version of the PDF proof these bytes
     * passed, null when they were not proven as they are.
     */
    record Verdict(FileInspection inspection, String reasonKey, String detail, String sha256, Integer proofVersion) {
    }

    Verdict judge(Path file, String fileName);

    /** The text of a PDF's first {@code pages} pages, read within the engine's bounds; empty when it cannot be. */
    java.util.Optional<java.util.List<String>> text(Path file, int pages);

    /** The amount a signed invoice document states as due, read within the engine's bounds; empty when it states none. */
    java.util.Optional<java.math.BigDecimal> statedAmountDue(Path file);
}
