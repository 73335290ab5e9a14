package com.invoicebackups.backup.pdf;

import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;

/**
 * What a finished package held: each invoice by what it is (its identity), with its amount due as a plain number
 * and as shown, and each document by what it is, with its SHA-256 (or, for a rendered invoice document, the
 * fingerprint of the figures it shows). Titles and words are kept only to name things on the next package's changes
 * page; they are never compared. Stored as JSON ({@link StoredJson}).
 *
 * <p>Packages compiled before identities were kept are {@code legacy}: their invoices and documents are known by
 * contract and invoice number and by title only, so a later package is compared with them in those terms.
 */
public record PackageSnapshot(List<Invoice> invoices, boolean legacy) {

    public PackageSnapshot(List<Invoice> invoices) {
        this(invoices, false);
    }

    /** {@code amount}: null in a legacy snapshot. */
    public record Invoice(String key, String label, String amount, String due, List<Document> documents) {
    }

    /**
     * {@code rendered}: a document drawn from the invoice's figures rather than a stored file. {@code slot}: the
     * place the document fills in its invoice (its type and file name as uploaded): a document removed and another
     * added in the same slot is that document replaced.
     */
    public record Document(String key, String name, String sha256, boolean rendered, String slot) {
    }

    /** Whether this package held any invoice of these keys (or, if legacy, of these contract and invoice numbers). */
    public boolean holdsAnyOf(Set<String> keys, Set<String> labels) {
        return invoices.stream().anyMatch(invoice -> legacy ? labels.contains(invoice.key()) : keys.contains(invoice.key()));
    }

    /** This package as a legacy one would have recorded it: invoices by contract and number, documents by title. */
    public PackageSnapshot asLegacy() {
        return new PackageSnapshot(invoices.stream().map(invoice -> new Invoice(invoice.label(), invoice.label(), null,
                invoice.due(), invoice.documents().stream().map(document -> new Document(document.name(),
                        document.name(), document.sha256(), false, document.name())).toList())).toList(), true);
    }

    /** This snapshot as it is stored: JSON. */
    public String encode() {
        return StoredJson.write(this);
    }

    /** The snapshot {@link #encode()} wrote; an empty one for null or text it cannot read. */
    public static PackageSnapshot decode(String json) {
        if (json == null) {
            return new PackageSnapshot(List.of());
        }
        try {
            PackageSnapshot read = StoredJson.read(json, PackageSnapshot.class);
            return read == null || read.invoices() == null ? new PackageSnapshot(List.of()) : read;
        } catch (JacksonException e) {
            return new PackageSnapshot(List.of());
        }
    }
}
