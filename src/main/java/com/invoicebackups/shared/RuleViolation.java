package com.invoicebackups.shared;

import java.util.Arrays;

/**
 * A business rule said no. Carries a message key and its arguments so that every user reads
 * the reason in the words of their own dictionary.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
