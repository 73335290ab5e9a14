package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.PackageOrder;
import java.util.List;
import java.util.Set;

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
}
