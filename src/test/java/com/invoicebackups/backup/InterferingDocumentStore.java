package com.invoicebackups.backup;

import com.invoicebackups.document.DocumentStore;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real document store, except that a test can make something happen at the first write into the next
 * new document: an Error thrown in the engine's face, or another instance taking the backup over.
 */
class InterferingDocumentStore extends com.invoicebackups.ForwardingDocumentStore {

    private final AtomicReference<Runnable> onFirstWrite = new AtomicReference<>();

    InterferingDocumentStore(DocumentStore store) {
        super(store);
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
}
