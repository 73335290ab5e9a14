package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.PackageOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The per-backup choices of the compile dialog, which a project keeps as its package profile too.
 * {@code attachmentTypes} null means every attachment; otherwise the document type names to include.
 * {@code sealed}: signed with the general contractor's seal. {@code maxVolumeMegabytes}: written as volumes of at
 * most that many million bytes; 0 for one file. {@code zip}: a ZIP with one PDF per invoice and one for the cover,
 * contents and manifest. {@code ordering} and {@code typeOrder}: the order of the package (see {@link PackageOrder}).
 */
public record BackupOptions(boolean coverSheet, boolean invoiceDocuments, Set<String> attachmentTypes, boolean sealed,
                            int maxVolumeMegabytes, boolean zip, PackageOrder.Ordering ordering, List<String> typeOrder) {

    /** Every part of every invoice, by contract, not sealed, in one file. */
    public static final BackupOptions ALL = new BackupOptions(true, true, null, false, 0, false,
            PackageOrder.Ordering.BY_CONTRACT, List.of());

    public BackupOptions(boolean coverSheet, boolean invoiceDocuments, Set<String> attachmentTypes) {
        this(coverSheet, invoiceDocuments, attachmentTypes, false, 0, false, PackageOrder.Ordering.BY_CONTRACT, List.of());
    }

    public BackupOptions sealed(boolean sealed) {
        return new BackupOptions(coverSheet, invoiceDocuments, attachmentTypes, sealed, maxVolumeMegabytes, zip,
                ordering, typeOrder);
    }

    public BackupOptions inVolumesOf(int megabytes) {
        return new BackupOptions(coverSheet, invoiceDocuments, attachmentTypes, sealed, Math.max(0, megabytes), false,
                ordering, typeOrder);
    }

    public BackupOptions asZip() {
        return new BackupOptions(coverSheet, invoiceDocuments, attachmentTypes, sealed, 0, true, ordering, typeOrder);
    }

    public BackupOptions ordered(PackageOrder.Ordering ordering, List<String> typeOrder) {
        return new BackupOptions(coverSheet, invoiceDocuments, attachmentTypes, sealed, maxVolumeMegabytes, zip,
                ordering, List.copyOf(typeOrder));
    }

    String encode() {
        return "cover=" + coverSheet + ";invoices=" + invoiceDocuments + ";types="
                + (attachmentTypes == null ? "*" : String.join(",", new TreeSet<>(attachmentTypes)))
                + ";sealed=" + sealed + ";volume=" + maxVolumeMegabytes + ";zip=" + zip
                + ";order=" + ordering.name() + ";type-order=" + String.join(",", typeOrder);
    }

    static BackupOptions decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return ALL;
        }
        String[] parts = encoded.split(";", -1);
        String types = parts[2].substring("types=".length());
        return new BackupOptions(parts[0].endsWith("true"), parts[1].endsWith("true"), types.equals("*") ? null
                : Arrays.stream(types.split(",")).filter(type -> !type.isBlank()).collect(Collectors.toSet()),
                parts.length > 3 && parts[3].endsWith("true"),
                parts.length > 4 ? Integer.parseInt(parts[4].substring("volume=".length())) : 0,
                parts.length > 5 && parts[5].endsWith("true"),
                parts.length > 6 ? PackageOrder.Ordering.valueOf(parts[6].substring("order=".length()))
                        : PackageOrder.Ordering.BY_CONTRACT,
                parts.length > 7 ? Arrays.stream(parts[7].substring("type-order=".length()).split(","))
                        .filter(type -> !type.isBlank()).toList() : List.of());
    }
}
