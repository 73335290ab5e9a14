package com.invoicebackups.invoicing;

public enum InvoiceStatus {
    DRAFT, UNDER_REVIEW, REVISE_AND_RESUBMIT, PENDING_OWNER_APPROVAL, APPROVED_AS_NOTED, APPROVED
}
