package com.invoicebackups.invoicing;

/** The signing envelope of an invoice; when COMPLETED its signed PDF replaces the generated one. */
public enum SignatureStatus {
    NONE, SENT, COMPLETED, DECLINED
}
