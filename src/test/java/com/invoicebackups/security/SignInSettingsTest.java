package com.invoicebackups.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The sign-in wait is bound and checked as the application starts: a wrong one stops it, named. */
class SignInSettingsTest {

    @Configuration
    @EnableConfigurationProperties(SignInSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void unset_the_first_wait_is_thirty_seconds() {
        start.run(context -> assertThat(context.getBean(SignInSettings.class).firstWait())
                .isEqualTo(Duration.ofSeconds(30)));
        start.withPropertyValues("invoicebackups.sign-in.first-wait=2m").run(context -> assertThat(
                context.getBean(SignInSettings.class).firstWait()).isEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void a_wrong_wait_stops_the_start_with_its_name() {
        start.withPropertyValues("invoicebackups.sign-in.first-wait=0s").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.sign-in.first-wait must be positive"));
        start.withPropertyValues("invoicebackups.sign-in.first-wait=1h").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.sign-in.first-wait must be positive"));
        start.withPropertyValues("invoicebackups.sign-in.first-wait=soon").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.sign-in.first-wait"));
    }
}
