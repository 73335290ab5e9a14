package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The delivery settings are bound and checked as the application starts: a wrong one stops it, named. */
class DeliverySettingsTest {

    @Configuration
    @EnableConfigurationProperties(DeliverySettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void unset_a_link_works_thirty_days_and_an_address_may_ask_thirty_times_a_minute() {
        start.run(context -> {
            DeliverySettings settings = context.getBean(DeliverySettings.class);
            assertThat(settings.expiryDays()).isEqualTo(30);
            assertThat(settings.requestsPerMinute()).isEqualTo(30);
        });
        start.withPropertyValues("invoicebackups.delivery.expiry-days=7",
                "invoicebackups.delivery.requests-per-minute=60").run(context -> {
            DeliverySettings settings = context.getBean(DeliverySettings.class);
            assertThat(settings.expiryDays()).isEqualTo(7);
            assertThat(settings.requestsPerMinute()).isEqualTo(60);
        });
    }

    @Test
    void a_wrong_setting_stops_the_start_with_its_name() {
        start.withPropertyValues("invoicebackups.delivery.expiry-days=0").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.delivery.expiry-days"));
        start.withPropertyValues("invoicebackups.delivery.requests-per-minute=0").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.delivery.requests-per-minute"));
        start.withPropertyValues("invoicebackups.delivery.expiry-days=a month").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.delivery.expiry-days"));
    }
}
