package com.invoicebackups.backup;

import com.invoicebackups.document.DocumentReferences;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Compiled backups' documents, so the document sweep keeps them. */
@Component
class BackupDocumentReferences implements DocumentReferences {

    private final BackupRepository backups;

    BackupDocumentReferences(BackupRepository backups) {
        this.backups = backups;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> referenced(Collection<String> keys) {
        Set<String> referenced = new java.util.HashSet<>(backups.documentKeysIn(keys));
        referenced.addAll(backups.volumeKeysIn(keys));
        return referenced;
    }
}
