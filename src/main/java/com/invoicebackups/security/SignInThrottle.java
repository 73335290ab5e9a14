package com.invoicebackups.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per user name and per client address over a window. Past the allowed number,
 * the next try must wait, longer with every further failure; a success clears the user name's count.
 * Other user names and addresses are never slowed down by it.
 */
class SignInThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final Clock clock;
    private final Duration firstWait;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, Duration firstWait) {
        this.clock = clock;
        this.firstWait = firstWait;
    }

    /** How long this user name from this address must still wait; zero when it may try now. */
    Duration waitFor(String username, String address) {
        Duration user = waitFor(userKey(username));
        Duration client = address == null ? Duration.ZERO : waitFor("address:" + address);
        return user.compareTo(client) >= 0 ? user : client;
    }

    void failed(String username, String address) {
        record(userKey(username));
        if (address != null) {
            record("address:" + address);
        }
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            prune(recent);
            int over = recent.size() - ALLOWED_FAILURES;
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration wait = firstWait.multipliedBy(1L << Math.min(over, 10));
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
            Duration left = Duration.between(clock.instant(), recent.getLast().plus(wait));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private void record(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, unused -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.getFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
