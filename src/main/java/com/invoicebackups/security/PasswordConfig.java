package com.invoicebackups.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and sign-in, also for the command line that creates the first administrator. */
@Configuration
class PasswordConfig {

    /** BCrypt, with the algorithm named in each stored hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords,
            Clock clock, @Value("${invoicebackups.sign-in.first-wait:30s}") Duration firstWait,
            ApplicationEventPublisher events) {
        return new ThrottledAuthenticationProvider(users, passwords, new SignInThrottle(clock, firstWait),
                events::publishEvent);
    }
}
