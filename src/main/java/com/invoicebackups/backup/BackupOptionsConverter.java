package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.StoredJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A backup's options in their column: JSON. */
@Converter
class BackupOptionsConverter implements AttributeConverter<BackupOptions, String> {

    @Override
    public String convertToDatabaseColumn(BackupOptions options) {
        return options == null ? null : StoredJson.write(options);
    }

    @Override
    public BackupOptions convertToEntityAttribute(String json) {
        return json == null ? null : StoredJson.read(json, BackupOptions.class);
    }
}
