package com.invoicebackups.backup;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The per-backup choices of the compile dialog (SPEC 4.1). {@code attachmentTypes} null means every
 * attachment; otherwise the document type names to include.
 */
public record BackupOptions(boolean coverSheet, boolean invoiceDocuments, Set<String> attachmentTypes) {

    public static final BackupOptions ALL = new BackupOptions(true, true, null);

    String encode() {
        return "cover=" + coverSheet + ";invoices=" + invoiceDocuments + ";types="
                + (attachmentTypes == null ? "*" : String.join(",", new TreeSet<>(attachmentTypes)));
    }

    static BackupOptions decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return ALL;
        }
        String[] parts = encoded.split(";");
        String types = parts[2].substring("types=".length());
        return new BackupOptions(parts[0].endsWith("true"), parts[1].endsWith("true"), types.equals("*") ? null
                : Arrays.stream(types.split(",")).filter(type -> !type.isBlank()).collect(Collectors.toSet()));
    }
}
