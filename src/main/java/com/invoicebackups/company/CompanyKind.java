package com.invoicebackups.company;

public enum CompanyKind {
    GENERAL_CONTRACTOR, OWNER, SUBCONTRACTOR
}
