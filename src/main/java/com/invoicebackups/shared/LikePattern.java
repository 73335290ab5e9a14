package com.invoicebackups.shared;

/** Search text as a SQL LIKE pattern: what a user types is looked for as it is, its % and _ taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** Text containing {@code search} (MariaDB's escape character, the backslash, escapes the wildcards). */
    public static String containing(String search) {
        return "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
