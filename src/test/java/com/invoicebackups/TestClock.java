package com.invoicebackups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the system's, which a test may move forward (to see a link expire) and puts
 * back when done.
 */
@Configuration
public class TestClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** Runs {@code action} with the clock moved forward by {@code by}, then puts it back. */
    public static void later(Duration by, Runnable action) {
        OFFSET.set(by);
        try {
            action.run();
        } finally {
            OFFSET.set(Duration.ZERO);
        }
    }

    @Bean
    @Primary
    Clock movableClock() {
        return new Moved(ZoneId.systemDefault());
    }

    private static final class Moved extends Clock {
        private final ZoneId zone;

        Moved(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Moved(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    }
}
