package com.invoicebackups.document;

import java.io.IOException;
import java.io.OutputStream;

/** A new document that becomes visible under its key once committed; closed before that, it is discarded. */
abstract class PendingDocument implements DocumentStore.NewDocument {

    private final String key;
    private final OutputStream output;
    private boolean committed;

    PendingDocument(String key, OutputStream output) {
        this.key = key;
        this.output = output;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public final void commit() throws IOException {
        publish();
        committed = true;
    }

    @Override
    public final void close() throws IOException {
        if (!committed) {
            discard();
        }
    }

    /** Makes the written bytes visible under the key, on disk (synced) when it returns. */
    abstract void publish() throws IOException;

    /** Removes what was written. */
    abstract void discard() throws IOException;
}
