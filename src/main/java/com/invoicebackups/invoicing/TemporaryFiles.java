package com.invoicebackups.invoicing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Content already in memory, written to a temporary file for the checks that read files, then removed. */
final class TemporaryFiles {

    private TemporaryFiles() {
    }

    static <T> T withContent(byte[] content, Function<Path, T> use) {
        Path file;
        try {
            file = Files.createTempFile("upload", ".part");
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return use.apply(file);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans its temp folder
            }
        }
    }
}
