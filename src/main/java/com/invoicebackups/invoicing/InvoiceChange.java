package com.invoicebackups.invoicing;

import java.time.Instant;

/** A line of an invoice's history: a status change, or a signature change when {@code signature}. */
public record InvoiceChange(boolean signature, String from, String to, String note, String changedBy, Instant changedAt) {
}
