package com.invoicebackups.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Where files live: attachments, signed invoices and compiled backups. A document is written whole or
 * not at all: {@link #create()} hands out a stream whose content appears under its key only on commit.
 */
public interface DocumentStore {

    /** Stores the stream's bytes and returns the new document's key; nothing is stored when reading it fails. */
    default String put(InputStream content) throws IOException {
        try (NewDocument document = create()) {
            content.transferTo(document.output());
            document.commit();
            return document.key();
        }
    }

    InputStream open(String key) throws IOException;

    /** {@code length} bytes of the document from {@code offset} (fewer at its end), read from the store as a range. */
    InputStream open(String key, long offset, long length) throws IOException;

    long size(String key) throws IOException;

    /**
     * The document as a local file, for readers that need random access without loading it whole: the file itself
     * in a folder store, a temporary copy otherwise, removed on {@link LocalCopy#close()}.
     */
    LocalCopy local(String key) throws IOException;

    boolean exists(String key);

    void delete(String key) throws IOException;

    /** The keys of the complete documents last written before {@code cutoff}; close the stream after use. */
    Stream<String> keysWrittenBefore(Instant cutoff) throws IOException;

    /**
     * Whether the store answers now, asked quickly: throws {@link com.invoicebackups.shared.StoreUnavailable} when it
     * cannot be reached, so that an instance reports itself not ready.
     */
    void probe() throws IOException;

    /** A new document being written; nothing is visible under its key until {@link NewDocument#commit()}. */
    NewDocument create() throws IOException;

    /** A document as a local file while it is needed. */
    interface LocalCopy extends AutoCloseable {

        Path path();

        @Override
        void close();
    }

    interface NewDocument extends AutoCloseable {

        String key();

        OutputStream output();

        /** Makes the written bytes visible under {@link #key()}, on disk (synced) when it returns. */
        void commit() throws IOException;

        /** Discards what was written unless committed. */
        @Override
        void close() throws IOException;
    }
}
