package com.invoicebackups.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The embedded database's settings are bound and checked as it starts: a wrong one stops the start, named. */
class EmbeddedDatabaseSettingsTest {

    @Configuration
    @EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("invoicebackups.embedded-db.dir=/var/lib/invoice-backups/mariadb",
                    "invoicebackups.embedded-db.database=invoicebackups");

    @Test
    void the_shipped_values_bind_and_the_port_is_a_free_one_unless_set() {
        start.run(context -> {
            EmbeddedDatabaseSettings settings = context.getBean(EmbeddedDatabaseSettings.class);
            assertThat(settings.dir()).isEqualTo(Path.of("/var/lib/invoice-backups/mariadb"));
            assertThat(settings.port()).isZero();
            assertThat(settings.database()).isEqualTo("invoicebackups");
        });
        start.withPropertyValues("invoicebackups.embedded-db.port=3307").run(context -> assertThat(
                context.getBean(EmbeddedDatabaseSettings.class).port()).isEqualTo(3307));
    }

    @Test
    void a_wrong_setting_stops_the_start_with_its_name() {
        start.withPropertyValues("invoicebackups.embedded-db.port=70000").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.embedded-db.port"));
        start.withPropertyValues("invoicebackups.embedded-db.port=any").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.embedded-db.port"));
        start.withPropertyValues("invoicebackups.embedded-db.database=invoices?user=admin").run(context -> assertThat(
                context).getFailure().hasStackTraceContaining("invoicebackups.embedded-db.database")
                .hasStackTraceContaining("must be a database name of letters, digits and underscores"));
    }
}
