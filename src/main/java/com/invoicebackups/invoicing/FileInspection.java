package com.invoicebackups.invoicing;

/** What an uploaded file turned out to be, found once at upload so the preflight can warn. */
public enum FileInspection {
    PDF, PDF_ENCRYPTED, PDF_DAMAGED, IMAGE, NOT_MERGEABLE;

    public boolean mergeable() {
        return this == PDF || this == IMAGE;
    }
}
