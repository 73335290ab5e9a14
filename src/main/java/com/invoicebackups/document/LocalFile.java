package com.invoicebackups.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document as a local file: the stored file itself, or a temporary copy ({@code copy}) removed on close. */
record LocalFile(Path path, boolean copy) implements DocumentStore.LocalCopy {

    @Override
    public void close() {
        if (!copy) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
