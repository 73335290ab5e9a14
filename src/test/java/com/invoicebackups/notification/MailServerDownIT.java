package com.invoicebackups.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.TestData;
import com.invoicebackups.TestInstances;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.InvoiceStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "backup ready" mail never holds up the backup: an SMTP server that accepts connections and never
 * answers costs the mail listener its time-out, not the job. The mail that could not be sent is kept and
 * arrives after a restart, once a mail server answers.
 */
class MailServerDownIT {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(5);

    @Test
    void a_silent_mail_server_does_not_hold_up_the_backup_and_the_mail_arrives_after_a_restart() throws Exception {
        try (TestInstances instances = new TestInstances();
             SilentSmtpServer silent = new SilentSmtpServer()) {
            ConfigurableApplicationContext app = instances.start(mailArguments(silent.port()));
            TestData data = new TestData(app);
            TestData.World world = data.world();
            var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
            var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
            var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            long id = app.getBean(BackupService.class).request(world.admin().id(), world.project().id(),
                    BackupKind.SUBCONTRACTOR, List.of(invoice.id()), BackupOptions.ALL).id();

            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                    .until(() -> compileTasks(jdbc) == 0);
            assertThat(jdbc.sql("select status from backup where id = ?").param(id).query(String.class).single())
                    .as("the job has ended").isEqualTo("SUCCEEDED");
            // the job is over; the mail, sent after the commit on a thread of its own, is still waiting for the server
            await().atMost(MAIL_TIMEOUT).pollInterval(Duration.ofMillis(100))
                    .until(() -> !silent.connections().isEmpty());
            assertThat(unsentMails(jdbc)).as("and still waits for the server").isEqualTo(1);

            await().atMost(MAIL_TIMEOUT.plusSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> failedMails(jdbc) == 1);
            assertThat(unsentMails(jdbc)).as("given up, but kept").isEqualTo(1);
            app.close();

            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            try {
                instances.start(mailArguments(smtp.getSmtp().getPort()));
                assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
                assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(world.admin().email());
                assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Invoice backup compiled: ");
            } finally {
                smtp.stop();
            }
        }
    }

    private static String[] mailArguments(int port) {
        long millis = MAIL_TIMEOUT.toMillis();
        return new String[]{"--spring.mail.port=" + port,
                "--spring.mail.properties.mail.smtp.connectiontimeout=" + millis,
                "--spring.mail.properties.mail.smtp.timeout=" + millis,
                "--spring.mail.properties.mail.smtp.writetimeout=" + millis};
    }

    /** A compile job is removed from the scheduler's table when it ends. */
    private static int compileTasks(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'compile-backup'")
                .query(Integer.class).single();
    }

    private static int unsentMails(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null").query(Integer.class).single();
    }

    private static int failedMails(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from EVENT_PUBLICATION where STATUS = 'FAILED'").query(Integer.class).single();
    }

    /** Accepts SMTP connections and never says a word. */
    private static final class SilentSmtpServer implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> connections = new CopyOnWriteArrayList<>();

        SilentSmtpServer() throws IOException {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        connections.add(server.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        List<Socket> connections() {
            return connections;
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : connections) {
                socket.close();
            }
        }
    }
}
