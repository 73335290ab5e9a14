package com.invoicebackups.document;

import java.util.UUID;
import java.util.regex.Pattern;

/** Document keys: a random UUID two levels of two hex digits deep, so no folder or listing grows huge. */
final class DocumentKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private DocumentKeys() {
    }

    static String newKey() {
        String id = UUID.randomUUID().toString();
        return id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
    }

    /** Whether the text is a key this product made: anything else (a path, say) names no document. */
    static boolean valid(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
