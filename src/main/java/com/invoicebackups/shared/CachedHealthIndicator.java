package com.invoicebackups.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** A health check asked at most once per {@code fresh}, however often the balancer and the orchestrator probe. */
public abstract class CachedHealthIndicator implements HealthIndicator {

    private final Clock clock;
    private final Duration fresh;
    private Health last;
    private Instant askedAt = Instant.MIN;

    protected CachedHealthIndicator(Clock clock, Duration fresh) {
        this.clock = clock;
        this.fresh = fresh;
    }

    @Override
    public final synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(askedAt.plus(fresh))) {
            last = check(last == null || Status.UP.equals(last.getStatus()));
            askedAt = now;
        }
        return last;
    }

    /** Checks now; {@code wasUp}: the last answer was UP, or there was none, so that a change is logged once. */
    protected abstract Health check(boolean wasUp);
}
