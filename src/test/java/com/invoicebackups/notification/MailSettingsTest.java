package com.invoicebackups.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The sender of every mail is bound and checked as the application starts: a wrong one stops it, named. */
class MailSettingsTest {

    @Configuration
    @EnableConfigurationProperties(MailSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void unset_the_sender_is_the_local_default() {
        start.run(context -> assertThat(context.getBean(MailSettings.class).from())
                .isEqualTo("invoice-backups@localhost"));
    }

    @Test
    void an_address_with_or_without_a_name_binds() {
        start.withPropertyValues("invoicebackups.mail.from=backups@builder.example").run(context -> assertThat(
                context.getBean(MailSettings.class).from()).isEqualTo("backups@builder.example"));
        start.withPropertyValues("invoicebackups.mail.from=Invoice Backups <backups@builder.example>")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void a_sender_that_is_no_address_stops_the_start_with_its_name() {
        for (String wrong : List.of("backups", "a@builder.example, b@builder.example")) {
            start.withPropertyValues("invoicebackups.mail.from=" + wrong).run(context -> assertThat(context)
                    .getFailure().hasStackTraceContaining("invoicebackups.mail.from must be one e-mail address"));
        }
    }
}
