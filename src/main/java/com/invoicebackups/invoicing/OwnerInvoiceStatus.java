package com.invoicebackups.invoicing;

/**
 * An owner invoice's way: the general contractor drafts and submits it to the owner, whose administrators approve it
 * (with or without notes) or send it back with a reason; once approved, the owner records its payment.
 */
public enum OwnerInvoiceStatus {
    DRAFT, SUBMITTED, REVISE_AND_RESUBMIT, APPROVED_AS_NOTED, APPROVED, PAID;

    /** The owner's decisions on a submitted invoice. */
    public static final java.util.Set<OwnerInvoiceStatus> DECISIONS = java.util.EnumSet.of(APPROVED, APPROVED_AS_NOTED,
            REVISE_AND_RESUBMIT);

    public boolean approved() {
        return this == APPROVED || this == APPROVED_AS_NOTED;
    }

    /** Whether the owner has seen it: everything but a draft the contractor has not submitted yet. */
    public boolean submittedOnce() {
        return this != DRAFT;
    }
}
