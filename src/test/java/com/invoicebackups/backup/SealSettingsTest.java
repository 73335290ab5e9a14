package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The seal settings are bound and checked as the application starts: a missing folder stops it, named. */
class SealSettingsTest {

    @Configuration
    @EnableConfigurationProperties(SealSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void the_folder_and_password_bind_and_no_password_means_none() {
        start.withPropertyValues("invoicebackups.seal.dir=/data/seals", "invoicebackups.seal.password=s3cr3t")
                .run(context -> {
                    SealSettings settings = context.getBean(SealSettings.class);
                    assertThat(settings.dir()).isEqualTo(Path.of("/data/seals"));
                    assertThat(settings.password()).isEqualTo("s3cr3t");
                    assertThat(settings.toString()).doesNotContain("s3cr3t");
                });
        start.withPropertyValues("invoicebackups.seal.dir=/data/seals").run(context -> assertThat(
                context.getBean(SealSettings.class).password()).isEmpty());
    }

    @Test
    void a_missing_folder_stops_the_start_with_its_name() {
        start.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("invoicebackups.seal").hasMessageContaining("'dir'"));
    }
}
