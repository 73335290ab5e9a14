package com.invoicebackups.invoicing;

public enum InvoiceStatus {
    DRAFT, UNDER_REVIEW, REVISE_AND_RESUBMIT, PENDING_OWNER_APPROVAL, APPROVED_AS_NOTED, APPROVED;

    /** Approved, with or without notes: what a subcontractor backup expects of its invoices. */
    public boolean approved() {
        return this == APPROVED || this == APPROVED_AS_NOTED;
    }
}
