package com.invoicebackups.shared;

/** Asked for something that does not exist, or that the user may not know exists. */
public class NotFound extends RuleViolation {

    public NotFound(String what, Object id) {
        super("error.not-found", what, id);
    }
}
