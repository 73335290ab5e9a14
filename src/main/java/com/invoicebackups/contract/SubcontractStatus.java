package com.invoicebackups.contract;

public enum SubcontractStatus {
    DRAFT, OUT_FOR_SIGNATURE, APPROVED, COMPLETE, TERMINATED
}
