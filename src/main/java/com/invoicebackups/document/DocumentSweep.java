package com.invoicebackups.document;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes the documents no row refers to: written by an attempt that did not get recorded, or replaced
 * (a new signed PDF, say). Only documents older than a day are considered, so a document whose row is
 * still being written is never taken. Run by {@link DocumentSweepTask}.
 */
@Component
class DocumentSweep {

    static final Duration MINIMUM_AGE = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSweep.class);
    private static final int BATCH = 500;

    private final DocumentStore documents;
    private final List<DocumentReferences> references;
    private final Clock clock;
    private final Counter sweeps;
    private final Counter removed;

    DocumentSweep(DocumentStore documents, List<DocumentReferences> references, Clock clock, MeterRegistry registry) {
        this.sweeps = registry.counter("invoicebackups.documents.sweeps");
        this.removed = registry.counter("invoicebackups.documents.swept");
        this.documents = documents;
        this.references = references;
        this.clock = clock;
    }

    void run() throws IOException {
        sweeps.increment();
        try (Stream<String> keys = documents.keysWrittenBefore(clock.instant().minus(MINIMUM_AGE))) {
            Iterator<String> iterator = keys.iterator();
            List<String> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    removeUnreferenced(batch);
                    batch.clear();
                }
            }
        }
    }

    private void removeUnreferenced(List<String> keys) throws IOException {
        Set<String> unreferenced = new HashSet<>(keys);
        for (DocumentReferences module : references) {
            unreferenced.removeAll(module.referenced(keys));
        }
        for (String key : unreferenced) {
            LOG.info("Removing document {}: no row refers to it", key);
            documents.delete(key);
            removed.increment();
        }
    }
}
