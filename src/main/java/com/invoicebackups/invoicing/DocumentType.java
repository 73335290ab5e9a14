package com.invoicebackups.invoicing;

public enum DocumentType {
    LIEN_WAIVER, SUB_TIER_LIEN_WAIVER, CERTIFIED_PAYROLL, RECEIPT, INSURANCE, OTHER
}
