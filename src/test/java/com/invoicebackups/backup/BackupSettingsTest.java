package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The backup settings are bound and checked as the application starts: a wrong one stops it, named. */
class BackupSettingsTest {

    @Configuration
    @EnableConfigurationProperties(BackupSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("invoicebackups.backup.attempts=3", "invoicebackups.backup.source-seconds=60",
                    "invoicebackups.backup.shutdown-wait=20s", "invoicebackups.backup.watch-interval=500ms",
                    "invoicebackups.backup.storage-wait=30s", "invoicebackups.backup.storage-wait-longest=5m",
                    "invoicebackups.backup.storage-waits=8");

    @Test
    void the_shipped_values_bind() {
        start.run(context -> {
            BackupSettings settings = context.getBean(BackupSettings.class);
            assertThat(settings.attempts()).isEqualTo(3);
            assertThat(settings.waits().after(0)).isEqualTo(Duration.ofSeconds(30));
            assertThat(settings.waits().after(9)).isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void a_wrong_setting_stops_the_start_with_its_name() {
        start.withPropertyValues("invoicebackups.backup.attempts=0").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("attempts"));
        start.withPropertyValues("invoicebackups.backup.storage-wait=10m").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("storage-wait must be positive and at most"));
        start.withPropertyValues("invoicebackups.backup.shutdown-wait=soon").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.backup.shutdown-wait"));
        start.withPropertyValues("invoicebackups.backup.watch-interval=0s").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("watch-interval must be positive"));
        // no wait at shutdown: running backups are handed back at once
        start.withPropertyValues("invoicebackups.backup.shutdown-wait=0s").run(context -> assertThat(context)
                .hasNotFailed());
    }
}
