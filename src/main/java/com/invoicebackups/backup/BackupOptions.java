package com.invoicebackups.backup;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The per-backup choices of the compile dialog. {@code attachmentTypes} null means every attachment; otherwise
 * the document type names to include. {@code sealed}: signed with the general contractor's seal.
 * {@code maxVolumeMegabytes}: written as volumes of at most that many million bytes; 0 for one file.
 * {@code zip}: a ZIP with one PDF per invoice and one for the cover, contents and manifest.
 */
public record BackupOptions(boolean coverSheet, boolean invoiceDocuments, Set<String> attachmentTypes, boolean sealed,
                            int maxVolumeMegabytes, boolean zip) {

    /** Every part of every invoice, not sealed, in one file. */
    public static final BackupOptions ALL = new BackupOptions(true, true, null, false, 0, false);

    public BackupOptions(boolean coverSheet, boolean invoiceDocuments, Set<String> attachmentTypes) {
        this(coverSheet, invoiceDocuments, attachmentTypes, false, 0, false);
    }

    public BackupOptions sealed(boolean sealed) {
        return new BackupOptions(coverSheet, invoiceDocuments, attachmentTypes, sealed, maxVolumeMegabytes, zip);
    }

    public BackupOptions inVolumesOf(int megabytes) {
        return new BackupOptions(coverSheet, invoiceDocuments, attachmentTypes, sealed, Math.max(0, megabytes), false);
    }

    public BackupOptions asZip() {
        return new BackupOptions(coverSheet, invoiceDocuments, attachmentTypes, sealed, 0, true);
    }

    String encode() {
        return "cover=" + coverSheet + ";invoices=" + invoiceDocuments + ";types="
                + (attachmentTypes == null ? "*" : String.join(",", new TreeSet<>(attachmentTypes)))
                + ";sealed=" + sealed + ";volume=" + maxVolumeMegabytes + ";zip=" + zip;
    }

    static BackupOptions decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return ALL;
        }
        String[] parts = encoded.split(";");
        String types = parts[2].substring("types=".length());
        return new BackupOptions(parts[0].endsWith("true"), parts[1].endsWith("true"), types.equals("*") ? null
                : Arrays.stream(types.split(",")).filter(type -> !type.isBlank()).collect(Collectors.toSet()),
                parts.length > 3 && parts[3].endsWith("true"),
                parts.length > 4 ? Integer.parseInt(parts[4].substring("volume=".length())) : 0,
                parts.length > 5 && parts[5].endsWith("true"));
    }
}
