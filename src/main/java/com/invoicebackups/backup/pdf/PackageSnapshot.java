package com.invoicebackups.backup.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a finished package held: each invoice by what it is (its identity), with its amount due as a plain number
 * and as shown, and each document by what it is, with its SHA-256 (or, for a rendered invoice document, the
 * fingerprint of the figures it shows). Titles and words are kept only to name things on the next package's changes
 * page; they are never compared. Stored as lines of tab-separated fields.
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

    private static final String VERSION = "V2";

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

    public String encode() {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        for (Invoice invoice : invoices) {
            line(text, "I", invoice.key(), invoice.label(), invoice.amount(), invoice.due());
            for (Document document : invoice.documents()) {
                line(text, "D", document.key(), document.name(), document.sha256(), document.rendered() ? "R" : "F",
                        document.slot());
            }
        }
        return text.toString();
    }

    /** The snapshot of {@link #encode()} (or of a legacy package); an empty one for null or text it cannot read. */
    public static PackageSnapshot decode(String text) {
        List<Invoice> invoices = new ArrayList<>();
        if (text == null) {
            return new PackageSnapshot(invoices);
        }
        boolean legacy = !text.startsWith(VERSION + "\n");
        List<Document> documents = null;
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (legacy && fields.length == 3 && fields[0].equals("I")) {
                documents = new ArrayList<>();
                invoices.add(new Invoice(fields[1], fields[1], null, fields[2], documents));
            } else if (legacy && fields.length == 3 && fields[0].equals("D") && documents != null) {
                documents.add(new Document(fields[1], fields[1], fields[2], false, fields[1]));
            } else if (!legacy && fields.length == 5 && fields[0].equals("I")) {
                documents = new ArrayList<>();
                invoices.add(new Invoice(fields[1], fields[2], fields[3].isEmpty() ? null : fields[3], fields[4],
                        documents));
            } else if (!legacy && fields.length == 6 && fields[0].equals("D") && documents != null) {
                documents.add(new Document(fields[1], fields[2], fields[3], fields[4].equals("R"), fields[5]));
            }
        }
        return new PackageSnapshot(invoices, legacy);
    }

    private static void line(StringBuilder text, String kind, String... fields) {
        text.append(kind);
        for (String field : fields) {
            text.append('\t').append(field == null ? "" : field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        text.append('\n');
    }
}
