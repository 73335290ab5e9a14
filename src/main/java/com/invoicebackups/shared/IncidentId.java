package com.invoicebackups.shared;

import java.security.SecureRandom;

/**
 * A short id for one unexpected error: shown to the user, written to the log with the stack trace, so that
 * support finds the one from the other without the page ever showing internals.
 */
public final class IncidentId {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final int LENGTH = 8;

    private IncidentId() {
    }

    public static String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
