package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.StoredJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** A backup's warnings (or the reason it failed or waits) in their column: a JSON array of sentences. */
@Converter
class WarningsConverter implements AttributeConverter<List<String>, String> {

    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> warnings) {
        return warnings == null ? null : StoredJson.write(warnings);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        return json == null ? null : StoredJson.read(json, WARNINGS);
    }
}
