package com.invoicebackups.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The document store's settings are bound and checked as the application starts: a wrong one stops it, named. */
class DocumentSettingsTest {

    @Configuration
    @EnableConfigurationProperties(DocumentSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("invoicebackups.documents.store=folder",
                    "invoicebackups.documents.dir=/var/lib/invoice-backups/documents",
                    "invoicebackups.documents.temp-dir=/var/tmp/invoice-backups",
                    "invoicebackups.documents.sweep-cron=15 3 * * *", "invoicebackups.documents.s3.bucket=");

    private final ApplicationContextRunner bucket = start.withPropertyValues("invoicebackups.documents.store=s3",
            "invoicebackups.documents.s3.bucket=invoices", "invoicebackups.documents.s3.endpoint=http://minio:9000",
            "invoicebackups.documents.s3.path-style=true");

    @Test
    void the_shipped_values_bind() {
        start.run(context -> {
            DocumentSettings settings = context.getBean(DocumentSettings.class);
            assertThat(settings.store()).isEqualTo(DocumentSettings.Store.FOLDER);
            assertThat(settings.dir()).isEqualTo(Path.of("/var/lib/invoice-backups/documents"));
            assertThat(settings.s3().bucket()).isEmpty();
            assertThat(settings.s3().accessKey()).isEmpty();
            assertThat(settings.sweepSchedule(ZoneOffset.UTC).getPattern()).isEqualTo("15 3 * * *");
        });
    }

    @Test
    void a_bucket_binds_with_its_address_and_the_region_unless_set() {
        bucket.run(context -> {
            DocumentSettings settings = context.getBean(DocumentSettings.class);
            assertThat(settings.store()).isEqualTo(DocumentSettings.Store.S3);
            assertThat(settings.s3().bucket()).isEqualTo("invoices");
            assertThat(settings.s3().endpoint()).isEqualTo("http://minio:9000");
            assertThat(settings.s3().pathStyle()).isTrue();
            assertThat(settings.s3().region()).isEqualTo("us-east-1");
            assertThat(settings.tempDir()).isEqualTo(Path.of("/var/tmp/invoice-backups"));
        });
    }

    @Test
    void a_sweep_time_that_is_no_crontab_expression_stops_the_start_with_its_name() {
        // six fields are a Spring cron expression, not a crontab one
        for (String wrong : List.of("every day", "15 3 * *", "0 15 3 * * *")) {
            start.withPropertyValues("invoicebackups.documents.sweep-cron=" + wrong).run(context -> assertThat(context)
                    .as(wrong).getFailure()
                    .hasStackTraceContaining("invoicebackups.documents.sweep-cron must be a cron expression"));
        }
    }

    @Test
    void an_unknown_store_stops_the_start_with_its_name() {
        start.withPropertyValues("invoicebackups.documents.store=ftp").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.documents.store"));
    }

    @Test
    void the_chosen_store_must_be_complete_and_the_other_is_not_checked() {
        bucket.withPropertyValues("invoicebackups.documents.s3.bucket=").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.documents.s3.bucket"));
        bucket.withPropertyValues("invoicebackups.documents.s3.endpoint=minio:9000").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("invoicebackups.documents.s3.endpoint must be empty (AWS) or"));
        bucket.withPropertyValues("invoicebackups.documents.s3.access-key=invoice-app").run(context -> assertThat(
                context).getFailure().hasStackTraceContaining("invoicebackups.documents.s3.secret-key"));
        bucket.withPropertyValues("invoicebackups.documents.s3.access-key=invoice-app",
                "invoicebackups.documents.s3.secret-key=s3cr3t").run(context -> assertThat(context).hasNotFailed());
        start.withPropertyValues("invoicebackups.documents.s3.endpoint=minio:9000").run(context -> assertThat(context)
                .hasNotFailed());
    }
}
