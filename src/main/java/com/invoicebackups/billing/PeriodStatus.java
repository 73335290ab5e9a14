package com.invoicebackups.billing;

public enum PeriodStatus {
    OPEN, CLOSED
}
