package com.invoicebackups.invoicing;

public enum OwnerInvoiceStatus {
    DRAFT, UNDER_REVIEW, REVISE_AND_RESUBMIT, APPROVED
}
