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
 * Failed sign-ins counted over a window, three ways. One client guessing one user name's password (the same name
 * from the same address) must wait past the allowed number of failures, longer with every further one. A user name
 * failing from many addresses, or an address failing for many names, only slows each try down a little: a
 * colleague behind the same office address, or the user whose name an attacker keeps trying, still signs in. A
 * success clears its name's counts.
 */
class SignInThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofMillis(250);
    /** Short, as a delayed try holds a request thread while it waits. */
    static final Duration LONGEST_DELAY = Duration.ofSeconds(4);

    private final Clock clock;
    private final Duration firstWait;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, Duration firstWait) {
        this.clock = clock;
        this.firstWait = firstWait;
    }

    /** How long this user name from this address must still wait before a try counts; zero when it may try now. */
    Duration waitFor(String username, String address) {
        Deque<Instant> recent = failures.get(pairKey(username, address));
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            prune(recent);
            int over = recent.size() - ALLOWED_FAILURES;
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(clock.instant(), recent.getLast().plus(grown(firstWait, over, LONGEST_WAIT)));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    /** How long a try of this user name from this address is held before its password is checked. */
    Duration delayFor(String username, String address) {
        int over = Math.max(count(userKey(username)), address == null ? 0 : count(addressKey(address)))
                - ALLOWED_FAILURES;
        return over < 0 ? Duration.ZERO : grown(FIRST_DELAY, over, LONGEST_DELAY);
    }

    void failed(String username, String address) {
        record(userKey(username));
        record(pairKey(username, address));
        if (address != null) {
            record(addressKey(address));
        }
    }

    void succeeded(String username, String address) {
        failures.remove(userKey(username));
        failures.remove(pairKey(username, address));
    }

    private static Duration grown(Duration first, int over, Duration longest) {
        Duration grown = first.multipliedBy(1L << Math.min(over, 20));
        return grown.compareTo(longest) > 0 ? longest : grown;
    }

    private int count(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size();
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
        return "user:" + name(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String pairKey(String username, String address) {
        return "pair:" + address + " " + name(username);
    }

    private static String name(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
