package com.invoicebackups.shared;

import io.micrometer.core.instrument.Metrics;

/**
 * Counts refused uploads by reason ({@code invoicebackups.uploads.refused}, tag {@code reason}: too-large, empty,
 * mismatch, name, duplicate). Refusals happen in the upload component and in the services behind it, so the
 * count goes to the global registry, which Spring Boot links to the application's.
 */
public final class UploadRefusals {

    private static final String PREFIX = "attachment.error.";

    private UploadRefusals() {
    }

    /** Counts a refusal given by its message key ({@code attachment.error.<reason>}). */
    public static void count(String messageKey) {
        String reason = messageKey.startsWith(PREFIX) ? messageKey.substring(PREFIX.length()) : messageKey;
        Metrics.counter("invoicebackups.uploads.refused", "reason", reason).increment();
    }
}
