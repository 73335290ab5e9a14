package com.invoicebackups.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottledAuthenticationProviderTest {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final MovingClock clock = new MovingClock();
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
            new InMemoryUserDetailsManager(
                    User.withUsername("dana").password(passwords.encode("right password")).roles("USER").build(),
                    User.withUsername("gina").password(passwords.encode("her password")).roles("USER").build()),
            passwords, new SignInThrottle(clock, Duration.ofSeconds(30)));

    @Test
    void after_five_wrong_passwords_even_the_right_one_waits_and_works_once_the_wait_is_over() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("dana", "wrong", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("dana", "right password", "10.0.0.1"))
                .isInstanceOfSatisfying(SignInThrottled.class, throttled -> assertThat(throttled.seconds()).isEqualTo(30));
        assertThatThrownBy(() -> signIn("dana", "right password", "10.0.0.2"))
                .as("another address does not help the same user name").isInstanceOf(SignInThrottled.class);

        clock.move(Duration.ofSeconds(31));
        assertThat(signIn("dana", "right password", "10.0.0.3").isAuthenticated()).isTrue();
    }

    @Test
    void every_further_failure_doubles_the_wait_and_failures_age_out_of_the_window() {
        for (int i = 0; i < 5; i++) {
            attempt("dana", "wrong", "10.0.0.1");
        }
        clock.move(Duration.ofSeconds(31));
        attempt("dana", "still wrong", "10.0.0.1");
        assertThatThrownBy(() -> signIn("dana", "right password", "10.0.0.1"))
                .isInstanceOfSatisfying(SignInThrottled.class, throttled -> assertThat(throttled.seconds()).isEqualTo(60));

        clock.move(SignInThrottle.WINDOW.plusSeconds(1));
        assertThat(signIn("dana", "right password", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void one_address_guessing_many_user_names_waits_while_others_sign_in_undisturbed() {
        for (int i = 0; i < 5; i++) {
            attempt("user" + i, "guess", "203.0.113.9");
        }
        assertThatThrownBy(() -> signIn("gina", "her password", "203.0.113.9")).isInstanceOf(SignInThrottled.class);
        assertThat(signIn("gina", "her password", "10.0.0.7").isAuthenticated()).isTrue();
        assertThat(signIn("dana", "right password", "10.0.0.8").isAuthenticated()).isTrue();
    }

    private void attempt(String username, String password, String address) {
        try {
            signIn(username, password, address);
        } catch (BadCredentialsException expected) {
            // a wrong password, counted
        }
    }

    private Authentication signIn(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
