package com.invoicebackups.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How often one client address may ask for delivery links: enough for a person opening a page and fetching every
 * volume, far too few to try tokens. Counted per instance, in memory.
 */
@Component
class DeliveryRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    DeliveryRateLimit(Clock clock, DeliverySettings settings) {
        this.clock = clock;
        this.perMinute = settings.requestsPerMinute();
    }

    /** Counts this request; false when the address has asked too often in the last minute. */
    boolean allow(String address) {
        Instant now = clock.instant();
        if (requests.size() > 10_000) {
            requests.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = requests.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
