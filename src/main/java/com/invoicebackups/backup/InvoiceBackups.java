package com.invoicebackups.backup;

import java.util.List;

/**
 * The backups that hold one invoice: those the user may see, and how many others hold it (compiled by someone else,
 * failed ones not counted), so the invoice screen never says "none" of an invoice that went into packages.
 */
public record InvoiceBackups(List<Backup> visible, int others) {
}
