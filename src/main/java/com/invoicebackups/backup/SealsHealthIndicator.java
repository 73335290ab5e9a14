package com.invoicebackups.backup;

import com.invoicebackups.shared.CachedHealthIndicator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Readiness counts the seals: an instance that finds a company's keystore in the seal folder and cannot open it
 * (no password, a wrong one, a damaged file) is not ready, rather than compiling packages it cannot seal. Listed
 * by health as {@code seals}, the name the readiness group includes; the keystores are read at most every 30 s.
 */
@Component("sealsHealthIndicator")
class SealsHealthIndicator extends CachedHealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(SealsHealthIndicator.class);

    private final CompanySeals seals;

    SealsHealthIndicator(CompanySeals seals, Clock clock) {
        super(clock, Duration.ofSeconds(30));
        this.seals = seals;
    }

    @Override
    protected Optional<String> problem() {
        List<String> unusable = seals.unusable();
        return unusable.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", unusable));
    }

    @Override
    protected void wentDown(String problem) {
        LOG.error("Not ready: a configured seal cannot be used on this instance: {}", problem);
    }
}
