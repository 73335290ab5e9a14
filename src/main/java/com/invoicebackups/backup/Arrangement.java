package com.invoicebackups.backup;

import java.util.List;

/**
 * One compile's own arrangement of its package, made in the package editor: the invoices in their order
 * ({@code S<id>} for a subcontractor invoice; in an owner backup {@value #OWNER_INVOICE} for the owner invoice and
 * {@value #OWNER_DOCUMENTS} for its own documents), each with its documents in order ({@value #INVOICE_DOCUMENT} for
 * the invoice document, {@code a<id>} for an attachment), what is left out, and the titles documents get in the
 * package (blank: the file's own name).
 */
public record Arrangement(List<Entry> invoices) {

    public static final String INVOICE_DOCUMENT = "invoice";
    public static final String OWNER_INVOICE = "owner";
    public static final String OWNER_DOCUMENTS = "owner-documents";

    public record Entry(String invoice, boolean included, List<Document> documents) {
    }

    public static String subcontractorKey(long invoiceId) {
        return "S" + invoiceId;
    }

    public record Document(String key, boolean included, String title) {
    }

    public static String attachmentKey(long attachmentId) {
        return "a" + attachmentId;
    }

    /** The subcontractor invoices kept, in order. */
    public List<Long> includedInvoiceIds() {
        return invoices.stream().filter(Entry::included).map(Entry::invoice).filter(key -> key.startsWith("S"))
                .map(key -> Long.parseLong(key.substring(1))).toList();
    }

    /** The attachments left out of invoices that are kept. */
    public java.util.Set<Long> leftOutAttachmentIds() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        invoices.stream().filter(Entry::included).flatMap(entry -> entry.documents().stream())
                .filter(document -> !document.included() && document.key().startsWith("a"))
                .forEach(document -> ids.add(Long.parseLong(document.key().substring(1))));
        return ids;
    }

    /** The entry of this invoice key; null when the arrangement does not name it. */
    public Entry entry(String key) {
        return invoices.stream().filter(entry -> entry.invoice().equals(key)).findFirst().orElse(null);
    }
}
