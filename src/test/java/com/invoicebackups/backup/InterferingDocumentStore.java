package com.invoicebackups.backup;

import com.invoicebackups.document.DocumentStore;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The real document store, except that a test can make something happen at the first write into the next
 * new document: an Error thrown in the engine's face, or another instance taking the backup over.
 */
class InterferingDocumentStore implements DocumentStore {

    private final DocumentStore store;
    private final AtomicReference<Runnable> onFirstWrite = new AtomicReference<>();

    InterferingDocumentStore(DocumentStore store) {
        this.store = store;
    }

    void onFirstWrite(Runnable action) {
        onFirstWrite.set(action);
    }

    @Override
    public NewDocument create() throws IOException {
        NewDocument document = store.create();
        Runnable action = onFirstWrite.getAndSet(null);
        OutputStream output = action == null ? document.output() : new FilterOutputStream(document.output()) {
            private boolean written;

            @Override
            public void write(int b) throws IOException {
                interfere();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                interfere();
                out.write(b, off, len);
            }

            private void interfere() {
                if (!written) {
                    written = true;
                    action.run();
                }
            }
        };
        return new NewDocument() {
            @Override
            public String key() {
                return document.key();
            }

            @Override
            public OutputStream output() {
                return output;
            }

            @Override
            public void commit() throws IOException {
                document.commit();
            }

            @Override
            public void close() throws IOException {
                document.close();
            }
        };
    }

    @Override
    public String put(InputStream content) throws IOException {
        return store.put(content);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return store.open(key);
    }

    @Override
    public long size(String key) throws IOException {
        return store.size(key);
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        return store.open(key, offset, length);
    }

    @Override
    public LocalCopy local(String key) throws IOException {
        return store.local(key);
    }

    @Override
    public boolean exists(String key) {
        return store.exists(key);
    }

    @Override
    public void delete(String key) throws IOException {
        store.delete(key);
    }

    @Override
    public Stream<String> keysWrittenBefore(Instant cutoff) throws IOException {
        return store.keysWrittenBefore(cutoff);
    }
}
