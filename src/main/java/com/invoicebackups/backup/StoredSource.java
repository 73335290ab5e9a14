package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.SourceContent;
import com.invoicebackups.document.DocumentStore;
import java.io.IOException;
import java.nio.file.Path;

/** A document in the store as a backup source: a local file only from when the engine reaches it until merged. */
record StoredSource(DocumentStore documents, String key, long knownSize) implements SourceContent {

    /** A stored document whose size is not at hand: the store is asked when it is needed. */
    StoredSource(DocumentStore documents, String key) {
        this(documents, key, -1);
    }

    @Override
    public Local fetch() throws IOException {
        DocumentStore.LocalCopy copy = documents.local(key);
        return new Local() {
            @Override
            public Path path() {
                return copy.path();
            }

            @Override
            public void close() {
                copy.close();
            }
        };
    }

    @Override
    public long size() {
        if (knownSize >= 0) {
            return knownSize;
        }
        try {
            return documents.size(key);
        } catch (IOException e) {
            return 0;
        }
    }
}
