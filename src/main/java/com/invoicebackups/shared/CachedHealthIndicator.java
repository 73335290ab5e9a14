package com.invoicebackups.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * A readiness check asked at most once per {@code fresh}, however often the balancer and the orchestrator probe; a
 * change either way is logged once.
 */
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
            boolean wasUp = last == null || Status.UP.equals(last.getStatus());
            Optional<String> problem = problem();
            if (problem.isPresent() && wasUp) {
                wentDown(problem.get());
            } else if (problem.isEmpty() && !wasUp) {
                cameBack();
            }
            last = problem.isEmpty() ? Health.up().build() : Health.down().build();
            askedAt = now;
        }
        return last;
    }

    /** Checks now: why this instance is not ready, or empty when it is. */
    protected abstract Optional<String> problem();

    /** Logs that the instance is no longer ready, for the problem found. */
    protected abstract void wentDown(String problem);

    /** Logs that the instance is ready again; by default it says nothing. */
    protected void cameBack() {
    }
}
