package com.invoicebackups.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.invoicebackups.TestData;
import com.invoicebackups.TestInstances;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.shared.RuleViolation;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an operator relies on: liveness, readiness and Prometheus metrics on the management port only; every log
 * line of a compile naming the backup and the user; scheduled work done once across instances.
 */
class OperabilityIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_and_metrics_on_the_management_port_and_the_compile_logged_with_backup_and_user() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            ConfigurableApplicationContext instance = instances.start();
            String management = "http://localhost:" + instance.getEnvironment().getProperty("local.management.port");
            String application = "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");

            assertThat(get(management + "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");
            assertThat(get(management + "/actuator/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");
            assertThat(get(application + "/actuator/health/readiness")).startsWith("302 ");
            // by default only this machine reaches the management port; the application's port is open to others
            int managementPort = Integer.parseInt(instance.getEnvironment().getProperty("local.management.port"));
            int applicationPort = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
            for (java.net.InetAddress other : otherAddresses()) {
                assertThat(reaches(other, applicationPort)).as("application port on %s", other).isTrue();
                assertThat(reaches(other, managementPort)).as("management port on %s", other).isFalse();
            }
            assertThat(get(application + "/actuator/prometheus")).doesNotContain("invoicebackups_");
            // counted from 0 before the first backup, so that increase() sees the first failure
            assertThat(get(management + "/actuator/prometheus"))
                    .contains("invoicebackups_backups_failed_total{kind=\"owner\"} 0.0")
                    .contains("invoicebackups_backups_failed_total{kind=\"subcontractor\"} 0.0")
                    .contains("invoicebackups_backups_requested_total{kind=\"owner\"} 0.0");

            TestData data = new TestData(instance);
            TestData.World world = data.world();
            var invoice = data.approvedInvoice(world);
            var period = data.period(world, LocalDate.of(2026, 2, 1), PeriodStatus.OPEN);
            var draft = data.invoice(data.subcontract(world, "SC-2", world.subcontractor()), period, "2-01",
                    InvoiceStatus.DRAFT, "10.00", null);
            assertThatThrownBy(() -> instance.getBean(AttachmentService.class).upload(world.admin().id(),
                    InvoiceRef.subcontractor(draft.id()), "Empty.pdf", DocumentType.OTHER, new byte[0]))
                    .isInstanceOf(RuleViolation.class);

            ListAppender<ILoggingEvent> log = new ListAppender<>();
            log.start();
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.addAppender(log);
            long backupId;
            try {
                backupId = instance.getBean(BackupService.class).request(world.admin().id(), world.project().id(),
                        BackupKind.SUBCONTRACTOR, List.of(invoice.id()), BackupOptions.ALL).id();
                String finished = "Backup " + backupId + " SUCCEEDED";
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        log.list.stream().anyMatch(event -> event.getFormattedMessage().startsWith(finished)));
            } finally {
                root.detachAppender(log);
            }
            List<ILoggingEvent> compileLines = log.list.stream()
                    .filter(event -> event.getThreadName().equals(compileThread(log.list)))
                    .filter(event -> event.getLoggerName().startsWith("com.invoicebackups"))
                    .toList();
            assertThat(compileLines).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).startsWith("Compiling backup " + backupId))
                    .anySatisfy(line -> assertThat(line).startsWith("Backup " + backupId + " SUCCEEDED"));
            assertThat(compileLines).allSatisfy(event -> assertThat(event.getMDCPropertyMap())
                    .containsEntry("backup", String.valueOf(backupId))
                    .containsEntry("user", world.admin().username()));

            String metrics = get(management + "/actuator/prometheus");
            assertThat(metrics).startsWith("200 ")
                    .contains("invoicebackups_backups_requested_total{kind=\"subcontractor\"} 1.0")
                    .contains("invoicebackups_backups_compiled_total{kind=\"subcontractor\"} 1.0")
                    .contains("invoicebackups_backup_duration_seconds_count 1")
                    .contains("invoicebackups_backup_pages_count 1")
                    .contains("invoicebackups_backups_queued 0.0")
                    .contains("invoicebackups_backups_oldest_queued_age_seconds 0.0")
                    .containsPattern("invoicebackups_uploads_refused_total\\{reason=\"empty\"} [1-9]");
            assertThat(metrics.lines().filter(line -> line.startsWith("invoicebackups_backup_pages_sum")))
                    .singleElement().asString().doesNotEndWith(" 0.0");
        }
    }

    @Test
    void a_due_sweep_runs_on_one_instance_only() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            List<ConfigurableApplicationContext> both = List.of(instances.start(), instances.start());
            JdbcClient jdbc = both.getFirst().getBean(JdbcClient.class);
            for (int due = 1; due <= 3; due++) {
                int expected = due;
                jdbc.sql("update scheduled_tasks set execution_time = ? where task_name = 'sweep-documents'")
                        .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1))).update();
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                        .until(() -> sweeps(both) >= expected);
                // every instance looks for due work every two seconds: the count holds while both have looked
                await().during(Duration.ofMillis(4500)).atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(100))
                        .untilAsserted(() -> assertThat(sweeps(both)).isEqualTo(expected));
            }
        }
    }

    private static double sweeps(List<ConfigurableApplicationContext> instances) {
        return instances.stream().mapToDouble(instance -> instance.getBean(MeterRegistry.class)
                .counter("invoicebackups.documents.sweeps").count()).sum();
    }

    private static String compileThread(List<ILoggingEvent> events) {
        return events.stream().filter(event -> event.getFormattedMessage().startsWith("Compiling backup"))
                .findFirst().orElseThrow().getThreadName();
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    /** This machine's addresses other than loopback, as another machine on its networks would reach it. */
    private static java.util.List<java.net.InetAddress> otherAddresses() throws java.io.IOException {
        return java.net.NetworkInterface.networkInterfaces().filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                }).flatMap(java.net.NetworkInterface::inetAddresses)
                .filter(address -> address instanceof java.net.Inet4Address).toList();
    }

    private static boolean reaches(java.net.InetAddress address, int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 2000);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
