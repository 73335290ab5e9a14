package com.invoicebackups.backup.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a package is ordered: by contract then invoice, each invoice's documents in upload order (the default);
 * grouped by document type across invoices (every invoice document first, then every lien waiver, ...); or by
 * contract with a fixed order of document types within each invoice. Types missing from the order follow the listed
 * ones in the order they come.
 */
public final class PackageOrder {

    /** The invoice document's place in a type order. */
    public static final String INVOICE_DOCUMENT = "INVOICE_DOCUMENT";

    public enum Ordering { BY_CONTRACT, BY_DOCUMENT_TYPE, TYPE_ORDER_WITHIN_INVOICE }

    private PackageOrder() {
    }

    static List<BackupRequest.Invoice> arrange(List<BackupRequest.Invoice> invoices, Ordering ordering,
                                               List<String> typeOrder) {
        return switch (ordering) {
            case BY_CONTRACT -> invoices;
            case TYPE_ORDER_WITHIN_INVOICE -> invoices.stream().map(invoice -> within(invoice, typeOrder)).toList();
            case BY_DOCUMENT_TYPE -> byType(invoices, typeOrder);
        };
    }

    /** The invoice with its attachments in the type order; the invoice document keeps its own place first. */
    private static BackupRequest.Invoice within(BackupRequest.Invoice invoice, List<String> typeOrder) {
        List<BackupRequest.Source> attachments = new ArrayList<>(invoice.attachments());
        attachments.sort(Comparator.comparingInt(source -> rank(typeOrder, type(source))));
        return invoice.holding(invoice.document(), attachments);
    }

    /** One entry per type and invoice: all invoices' documents of the first type, then of the next. */
    private static List<BackupRequest.Invoice> byType(List<BackupRequest.Invoice> invoices, List<String> typeOrder) {
        Map<String, List<BackupRequest.Invoice>> sections = new LinkedHashMap<>();
        typeOrder.forEach(type -> sections.put(type, new ArrayList<>()));
        for (BackupRequest.Invoice invoice : invoices) {
            if (invoice.document() != null) {
                sections.computeIfAbsent(INVOICE_DOCUMENT, type -> new ArrayList<>())
                        .add(invoice.holding(invoice.document(), List.of()));
            }
            Map<String, List<BackupRequest.Source>> byType = new LinkedHashMap<>();
            invoice.attachments().forEach(source -> byType.computeIfAbsent(type(source), type -> new ArrayList<>())
                    .add(source));
            byType.forEach((type, sources) -> sections.computeIfAbsent(type, key -> new ArrayList<>())
                    .add(invoice.holding(null, sources)));
        }
        return sections.values().stream().flatMap(List::stream).toList();
    }

    private static int rank(List<String> typeOrder, String type) {
        int index = typeOrder.indexOf(type);
        return index < 0 ? typeOrder.size() : index;
    }

    private static String type(BackupRequest.Source source) {
        return source.documentType() == null ? "OTHER" : source.documentType();
    }
}
