package com.invoicebackups.invoicing;

import java.util.List;

/** What a bulk status change did: how many invoices moved, and each that could not with the reason's message key. */
public record BulkStatusResult(int moved, List<Refusal> refused) {

    public record Refusal(String invoiceNumber, String messageKey, Object[] arguments) {
    }
}
