package com.invoicebackups.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The demo's settings are bound as the demo starts: a value that is no boolean stops it, named. */
class DemoSettingsTest {

    @Configuration
    @EnableConfigurationProperties(DemoSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("invoicebackups.demo.large=false");

    @Test
    void the_shipped_values_bind_and_the_package_is_delivered_unless_turned_off() {
        start.run(context -> {
            DemoSettings settings = context.getBean(DemoSettings.class);
            assertThat(settings.large()).isFalse();
            assertThat(settings.deliveredPackage()).isTrue();
        });
        start.withPropertyValues("invoicebackups.demo.large=true", "invoicebackups.demo.delivered-package=false")
                .run(context -> {
                    DemoSettings settings = context.getBean(DemoSettings.class);
                    assertThat(settings.large()).isTrue();
                    assertThat(settings.deliveredPackage()).isFalse();
                });
    }

    @Test
    void a_value_that_is_no_boolean_stops_the_start_with_its_name() {
        start.withPropertyValues("invoicebackups.demo.large=perhaps").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.demo.large"));
        start.withPropertyValues("invoicebackups.demo.delivered-package=later").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.demo.delivered-package"));
    }
}
