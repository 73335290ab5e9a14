package com.invoicebackups.security;

import com.invoicebackups.shared.SignInAttempt;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that waits out one client's repeated failures on one user name, and slows down tries of a name
 * or from an address that failed often ({@link SignInThrottle}), before it checks a password again. Every failure,
 * wait and slow-down is logged, and every attempt is told to the audit trail.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    /** Holds the request for a while; a test records instead of waiting. */
    interface Pause {
        void pause(Duration duration);
    }

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final SignInThrottle throttle;
    private final Pause pause;
    private final Consumer<SignInAttempt> attempts;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle,
                                    Consumer<SignInAttempt> attempts) {
        this(users, passwords, throttle, ThrottledAuthenticationProvider::sleep, attempts);
    }

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle,
                                    Pause pause, Consumer<SignInAttempt> attempts) {
        super(users);
        setPasswordEncoder(passwords);
        this.throttle = throttle;
        this.pause = pause;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.warn("Sign-in of user name {} from {} refused unchecked for {} s after repeated failures", username,
                    address, seconds);
            attempts.accept(new SignInAttempt(username, address, SignInAttempt.Outcome.THROTTLED,
                    "refused unchecked for " + seconds + " s after repeated failures" + from(address)));
            throw new SignInThrottled(seconds);
        }
        Duration delay = throttle.delayFor(username, address);
        if (!delay.isZero()) {
            log.warn("Sign-in of user name {} from {} slowed down by {} ms after repeated failures", username, address,
                    delay.toMillis());
            attempts.accept(new SignInAttempt(username, address, SignInAttempt.Outcome.THROTTLED,
                    "slowed down by " + delay.toMillis() + " ms after repeated failures" + from(address)));
            pause.pause(delay);
        }
        try {
            Authentication authenticated = super.authenticate(authentication);
            throttle.succeeded(username, address);
            attempts.accept(new SignInAttempt(username, address, SignInAttempt.Outcome.SUCCEEDED,
                    from(address).replaceFirst("^, ", "")));
            return authenticated;
        } catch (BadCredentialsException wrong) {
            log.warn("Failed sign-in of user name {} from {}", username, address);
            throttle.failed(username, address);
            attempts.accept(new SignInAttempt(username, address, SignInAttempt.Outcome.FAILED,
                    "wrong password" + from(address)));
            throw wrong;
        }
    }

    private static String from(String address) {
        return address == null ? "" : ", from " + address;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
