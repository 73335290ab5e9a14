package com.invoicebackups.invoicing;

import java.time.Instant;

/**
 * A line of an invoice's history: a status change, a signature change when {@code signature}, or a change of one of
 * its documents, named by {@code document} (none when they were put in a new order, which {@code note} lists), or a
 * save of its lines, from and to the work this period.
 */
public record InvoiceChange(boolean signature, String from, String to, String note, String changedBy, Instant changedAt,
                            What what, String document) {

    public enum What { STATUS, SIGNATURE, DOCUMENT_ADDED, DOCUMENT_REMOVED, DOCUMENT_RETYPED, DOCUMENTS_REORDERED,
        DOCUMENT_EXPIRY, LINES_SAVED }
}
