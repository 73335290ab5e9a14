package com.invoicebackups.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class FolderDocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path folder;

    @Override
    DocumentStore store() {
        try {
            return new FolderDocumentStore(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
