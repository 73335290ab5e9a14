package com.invoicebackups.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The product's address is bound and checked as the application starts: a wrong one stops it, named. */
class SiteSettingsTest {

    @Configuration
    @EnableConfigurationProperties(SiteSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("invoicebackups.base-url=https://invoices.example.com");

    @Test
    void the_base_url_binds_and_links_have_one_slash_before_the_path() {
        start.run(context -> assertThat(context.getBean(SiteSettings.class).link("backups/3/download"))
                .isEqualTo("https://invoices.example.com/backups/3/download"));
        start.withPropertyValues("invoicebackups.base-url=http://localhost:8080/invoices/").run(context -> assertThat(
                context.getBean(SiteSettings.class).link("set-password/abc"))
                .isEqualTo("http://localhost:8080/invoices/set-password/abc"));
    }

    @Test
    void the_commands_address_without_a_web_server_is_accepted() {
        start.withPropertyValues("invoicebackups.base-url=http://localhost:-1").run(context -> assertThat(context)
                .hasNotFailed());
    }

    @Test
    void a_base_url_that_is_no_web_address_stops_the_start_with_its_name() {
        for (String wrong : List.of("not a url", "invoices.example.com", "ftp://invoices.example.com", "https://")) {
            start.withPropertyValues("invoicebackups.base-url=" + wrong).run(context -> assertThat(context)
                    .as(wrong).getFailure()
                    .hasStackTraceContaining("invoicebackups.base-url must be an absolute http or https address"));
        }
    }

    @Test
    void a_missing_base_url_stops_the_start_with_its_name() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Settings.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("invoicebackups").hasMessageContaining("baseUrl"));
    }
}
