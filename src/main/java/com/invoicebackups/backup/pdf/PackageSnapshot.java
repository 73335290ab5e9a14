package com.invoicebackups.backup.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a finished package held: each invoice (keyed by contract and invoice number) with its amount due as shown,
 * and each document by name with its SHA-256. Kept with the backup so that the next package of the same invoices
 * can say what changed. Stored as lines of tab-separated fields.
 */
public record PackageSnapshot(List<Invoice> invoices) {

    public record Invoice(String key, String due, List<Document> documents) {
    }

    public record Document(String name, String sha256) {
    }

    /** Whether this package held any invoice of these keys. */
    public boolean holdsAnyOf(Set<String> keys) {
        return invoices.stream().anyMatch(invoice -> keys.contains(invoice.key()));
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Invoice invoice : invoices) {
            text.append("I\t").append(clean(invoice.key())).append('\t').append(clean(invoice.due())).append('\n');
            for (Document document : invoice.documents()) {
                text.append("D\t").append(clean(document.name())).append('\t').append(clean(document.sha256())).append('\n');
            }
        }
        return text.toString();
    }

    /** The snapshot of {@link #encode()}; an empty one for null or text it cannot read. */
    public static PackageSnapshot decode(String text) {
        List<Invoice> invoices = new ArrayList<>();
        if (text == null) {
            return new PackageSnapshot(invoices);
        }
        List<Document> documents = null;
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                continue;
            }
            if (fields[0].equals("I")) {
                documents = new ArrayList<>();
                invoices.add(new Invoice(fields[1], fields[2], documents));
            } else if (fields[0].equals("D") && documents != null) {
                documents.add(new Document(fields[1], fields[2]));
            }
        }
        return new PackageSnapshot(invoices);
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
