package com.invoicebackups.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The detail of an audit record: each changed value as "what: old → new", in words a reader knows. */
public final class AuditChanges {

    private final List<String> parts = new ArrayList<>();

    /** Adds the value when it changed; an empty value reads "none". */
    public AuditChanges add(String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(what + ": " + shown(before) + " → " + shown(after));
        }
        return this;
    }

    /** A value set where there was none before, as on creation. */
    public AuditChanges set(String what, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(what + ": " + value);
        }
        return this;
    }

    /** An enum value as a reader says it: READ_ONLY reads "Read only". */
    public static String words(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String name = value.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String shown(Object value) {
        return value == null || value.toString().isBlank() ? "none" : value.toString();
    }

    @Override
    public String toString() {
        return String.join("; ", parts);
    }
}
