package com.invoicebackups.document;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Readiness counts the document store: an instance whose store cannot be reached can neither take an upload nor
 * compile a backup, so the balancer sends users to one that can. The store is asked at most every few seconds,
 * however often the probe comes; a change either way is logged once. Named so that health lists it as
 * {@code documentStore}, the name the readiness group includes.
 */
@Component("documentStoreHealthIndicator")
class DocumentStoreHealth implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStoreHealth.class);
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final DocumentStore store;
    private final Clock clock;
    private Health last;
    private Instant askedAt = Instant.MIN;

    DocumentStoreHealth(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(askedAt.plus(FRESH))) {
            return last;
        }
        Health health;
        try {
            store.probe();
            health = Health.up().build();
            if (last != null && !Status.UP.equals(last.getStatus())) {
                LOG.info("The document store answers again");
            }
        } catch (IOException | RuntimeException e) {
            health = Health.down().build();
            if (last == null || Status.UP.equals(last.getStatus())) {
                LOG.warn("The document store cannot be reached: {}", e.getMessage());
            }
        }
        last = health;
        askedAt = now;
        return health;
    }
}
