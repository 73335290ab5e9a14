package com.invoicebackups.project;

/** A member's permission on one tool, weakest first. */
public enum Permission {
    NONE, READ_ONLY, STANDARD, ADMIN;

    public boolean atLeast(Permission other) {
        return compareTo(other) >= 0;
    }
}
