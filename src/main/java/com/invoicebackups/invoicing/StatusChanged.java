package com.invoicebackups.invoicing;

import com.invoicebackups.shared.Phrase;
import com.invoicebackups.shared.RuleViolation;
import java.util.List;

/**
 * Someone else changed the status of an invoice after the user saw it, so the user's decision was not applied to any
 * invoice; each change says what the status is now, what it was, who changed it and when.
 */
public class StatusChanged extends RuleViolation {

    private final List<Phrase> changes;

    StatusChanged(List<Phrase> changes) {
        super("invoice.error.changed-meanwhile", changes.size(), changes.getFirst());
        this.changes = List.copyOf(changes);
    }

    public List<Phrase> changes() {
        return changes;
    }
}
