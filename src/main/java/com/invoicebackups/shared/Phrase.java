package com.invoicebackups.shared;

/**
 * Words a message takes from the reader's own dictionary, such as a status name, with arguments of their own; a
 * message argument that is a phrase is written in the reader's words before the message is.
 */
public record Phrase(String key, Object... arguments) {

    /** One to four phrases as one list ending in "or", such as "Under review, Pending owner approval or Approved". */
    public static Phrase anyOf(java.util.List<Phrase> items) {
        if (items.isEmpty() || items.size() > 4) {
            throw new IllegalArgumentException("one to four phrases: " + items.size());
        }
        return new Phrase("list.or." + items.size(), items.toArray());
    }
}
