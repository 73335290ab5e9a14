package com.invoicebackups.security;

import java.time.Duration;
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
 * wait and slow-down is logged.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    /** Holds the request for a while; a test records instead of waiting. */
    interface Pause {
        void pause(Duration duration);
    }

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final SignInThrottle throttle;
    private final Pause pause;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle) {
        this(users, passwords, throttle, ThrottledAuthenticationProvider::sleep);
    }

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle,
                                    Pause pause) {
        super(users);
        setPasswordEncoder(passwords);
        this.throttle = throttle;
        this.pause = pause;
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
            throw new SignInThrottled(seconds);
        }
        Duration delay = throttle.delayFor(username, address);
        if (!delay.isZero()) {
            log.warn("Sign-in of user name {} from {} slowed down by {} ms after repeated failures", username, address,
                    delay.toMillis());
            pause.pause(delay);
        }
        try {
            Authentication authenticated = super.authenticate(authentication);
            throttle.succeeded(username, address);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            log.warn("Failed sign-in of user name {} from {}", username, address);
            throttle.failed(username, address);
            throw wrong;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
