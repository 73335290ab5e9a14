package com.invoicebackups.invoicing;

import com.invoicebackups.document.DocumentResource;
import com.invoicebackups.document.DocumentStore;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores files for rows being written: when the transaction does not commit, the stored file goes too. */
@Component
class TransactionalDocuments {

    private final DocumentStore documents;

    TransactionalDocuments(DocumentStore documents) {
        this.documents = documents;
    }

    String put(Path file) {
        String key;
        try (InputStream in = Files.newInputStream(file)) {
            key = documents.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(key);
                    }
                }
            });
        }
        return key;
    }

    /** Removes a file stored outside any transaction whose row could not be written; one a transaction tracks goes with it. */
    void discardUnlessTracked(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteQuietly(key);
        }
    }

    /** Removes a file once the transaction that stopped referring to it has committed. */
    void deleteAfterCommit(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteQuietly(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(key);
            }
        });
    }

    /** What the reader makes of the document, read from a local file (a temporary copy, removed after). */
    <T> T read(String key, Function<Path, T> reader) {
        try (DocumentStore.LocalCopy copy = documents.local(key)) {
            return reader.apply(copy.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Resource resource(String key, long size, String fileName) {
        return new DocumentResource(documents, key, size, fileName);
    }

    private void deleteQuietly(String key) {
        try {
            documents.delete(key);
        } catch (IOException ignored) {
            // an orphan file is harmless: the daily sweep removes files no row refers to
        }
    }
}
