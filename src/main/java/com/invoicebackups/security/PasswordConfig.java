package com.invoicebackups.security;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and sign-in, also for the command line that creates the first administrator. */
@Configuration
@EnableConfigurationProperties(SignInSettings.class)
class PasswordConfig {

    /** BCrypt, with the algorithm named in each stored hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords,
            Clock clock, SignInSettings settings, ApplicationEventPublisher events) {
        return new ThrottledAuthenticationProvider(users, passwords, new SignInThrottle(clock, settings.firstWait()),
                events::publishEvent);
    }
}
