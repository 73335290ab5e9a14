package com.invoicebackups.invoicing;

/** What a backup will do with an uploaded file, found once at upload by the backup engine's own judge. */
public enum FileInspection {
    /** Merged as it is. */
    PDF,
    /** Merged after repair. */
    PDF_REPAIRED,
    /** Left out: it needs a password. */
    PDF_ENCRYPTED,
    /** Left out: damaged beyond repair, or refused for another reason the attachment's verdict names. */
    PDF_DAMAGED,
    IMAGE,
    /** Listed by name, not merged (a spreadsheet, say). */
    NOT_MERGEABLE;

    public boolean mergeable() {
        return this == PDF || this == PDF_REPAIRED || this == IMAGE;
    }
}
