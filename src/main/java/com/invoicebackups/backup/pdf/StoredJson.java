package com.invoicebackups.backup.pdf;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON in which backups keep their values in the database (options, arrangements, snapshots, warnings,
 * counts of changes): records by their components, enums by name. Errors are unchecked
 * {@link tools.jackson.core.JacksonException}s.
 */
public final class StoredJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private StoredJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return MAPPER.readValue(json, type);
    }
}
