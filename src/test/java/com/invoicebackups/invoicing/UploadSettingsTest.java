package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The upload limit is bound and checked as the application starts: a wrong one stops it, named. */
class UploadSettingsTest {

    @Configuration
    @EnableConfigurationProperties(UploadSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void the_shipped_limit_binds() {
        start.withPropertyValues("invoicebackups.upload.max-bytes=52428800").run(context -> assertThat(
                context.getBean(UploadSettings.class).maxBytes()).isEqualTo(52_428_800L));
    }

    @Test
    void a_limit_of_no_bytes_or_none_at_all_stops_the_start_with_its_name() {
        for (String wrong : List.of("0", "-1", "50MB")) {
            start.withPropertyValues("invoicebackups.upload.max-bytes=" + wrong).run(context -> assertThat(context)
                    .as(wrong).getFailure().hasStackTraceContaining("invoicebackups.upload.max-bytes"));
        }
        start.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("invoicebackups.upload").hasMessageContaining("maxBytes"));
    }
}
