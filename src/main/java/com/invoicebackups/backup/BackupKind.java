package com.invoicebackups.backup;

public enum BackupKind {
    SUBCONTRACTOR, OWNER
}
