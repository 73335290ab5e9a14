package com.invoicebackups.invoicing;

/** The kind of a backup document; LIEN_WAIVER is the conditional (progress) waiver. */
public enum DocumentType {
    LIEN_WAIVER, UNCONDITIONAL_LIEN_WAIVER, SUB_TIER_LIEN_WAIVER, CERTIFIED_PAYROLL, RECEIPT, INSURANCE, OTHER
}
