package com.invoicebackups.backup;

public enum BackupStatus {
    QUEUED, RUNNING, SUCCEEDED, SUCCEEDED_WITH_WARNINGS, FAILED
}
