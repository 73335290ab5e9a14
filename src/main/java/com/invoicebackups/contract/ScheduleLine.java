package com.invoicebackups.contract;

/** A schedule-of-values line as edited: id of the stored line it changes, or null for a new line. */
public record ScheduleLine(Long id, NewSovLine line) {
}
