package com.invoicebackups.shared;

import java.io.IOException;

/**
 * The document store cannot be reached, or answers with a server error: an outage, not a fault of the document or
 * the request. What failed on it is worth trying again in a few minutes; users are told so, not given an incident.
 */
public class StoreUnavailable extends IOException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** The outage somewhere among the causes of {@code error}, or null. */
    public static StoreUnavailable in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailable outage) {
                return outage;
            }
        }
        return null;
    }
}
