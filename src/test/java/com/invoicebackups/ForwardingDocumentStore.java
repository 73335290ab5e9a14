package com.invoicebackups;

import com.invoicebackups.document.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.stream.Stream;

/** The real document store, for a test to change one of its doings. */
public abstract class ForwardingDocumentStore implements DocumentStore {

    protected final DocumentStore store;

    protected ForwardingDocumentStore(DocumentStore store) {
        this.store = store;
    }

    @Override
    public NewDocument create() throws IOException {
        return store.create();
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
    public void probe() throws IOException {
        store.probe();
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
