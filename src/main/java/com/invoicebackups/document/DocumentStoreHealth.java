package com.invoicebackups.document;

import com.invoicebackups.shared.CachedHealthIndicator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Readiness counts the document store: an instance whose store cannot be reached can neither take an upload nor
 * compile a backup, so the balancer sends users to one that can. The store is asked at most every 5 s; a change
 * either way is logged once. Named so that health lists it as {@code documentStore}, the name the readiness group
 * includes.
 */
@Component("documentStoreHealthIndicator")
class DocumentStoreHealth extends CachedHealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStoreHealth.class);

    private final DocumentStore store;

    DocumentStoreHealth(DocumentStore store, Clock clock) {
        super(clock, Duration.ofSeconds(5));
        this.store = store;
    }

    @Override
    protected Optional<String> problem() {
        try {
            store.probe();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected void wentDown(String problem) {
        LOG.warn("The document store cannot be reached: {}", problem);
    }

    @Override
    protected void cameBack() {
        LOG.info("The document store answers again");
    }
}
