package com.invoicebackups.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import com.invoicebackups.shared.SignInAttempt;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
    private final List<Duration> pauses = new ArrayList<>();
    private final List<SignInAttempt> attempts = new ArrayList<>();
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
            new InMemoryUserDetailsManager(
                    User.withUsername("dana").password(passwords.encode("right password")).roles("USER").build(),
                    User.withUsername("gina").password(passwords.encode("her password")).roles("USER").build()),
            passwords, new SignInThrottle(clock, Duration.ofSeconds(30)), pauses::add, attempts::add);

    @Test
    void after_five_wrong_passwords_the_same_client_waits_even_with_the_right_one_and_another_is_only_slowed() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("dana", "wrong", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(pauses).as("five failures are allowed unhindered").isEmpty();
        assertThatThrownBy(() -> signIn("dana", "right password", "10.0.0.1"))
                .isInstanceOfSatisfying(SignInThrottled.class, throttled -> assertThat(throttled.seconds()).isEqualTo(30));

        assertThat(signIn("dana", "right password", "10.0.0.2").isAuthenticated())
                .as("from another address the user name is slowed down, not locked out").isTrue();
        assertThat(pauses).containsExactly(SignInThrottle.FIRST_DELAY);

        clock.move(Duration.ofSeconds(31));
        assertThat(signIn("dana", "right password", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void an_attacker_failing_from_many_addresses_never_locks_the_user_out_and_slows_her_by_seconds_at_most() {
        for (int i = 0; i < 60; i++) {
            attempt("dana", "guess " + i, "198.51.100." + i);
        }
        pauses.clear();
        assertThat(signIn("dana", "right password", "10.0.0.1").isAuthenticated()).isTrue();
        assertThat(pauses).containsExactly(SignInThrottle.LONGEST_DELAY);
        assertThat(SignInThrottle.LONGEST_DELAY).isLessThanOrEqualTo(Duration.ofSeconds(5));
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
    void made_up_names_from_one_office_address_slow_its_colleagues_down_a_little_and_lock_no_one_out() {
        for (int i = 0; i < 7; i++) {
            attempt("user" + i, "guess", "203.0.113.9");
        }
        assertThat(pauses).as("the sixth and seventh guess were held").containsExactly(SignInThrottle.FIRST_DELAY,
                SignInThrottle.FIRST_DELAY.multipliedBy(2));
        pauses.clear();
        assertThat(signIn("gina", "her password", "203.0.113.9").isAuthenticated()).isTrue();
        assertThat(pauses).as("seven failures from the address: the third delay").containsExactly(
                SignInThrottle.FIRST_DELAY.multipliedBy(4));
        pauses.clear();
        assertThat(signIn("dana", "right password", "10.0.0.8").isAuthenticated()).isTrue();
        assertThat(pauses).as("another address is not slowed at all").isEmpty();
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
