package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.Application;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * An instance is killed while it compiles; after a restart the job runs again from the start and
 * finishes, and the backup has exactly one complete document.
 */
class RestartIT {

    private String schema;
    private Path documents;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private Process instance;

    @BeforeEach
    void createSchema() throws Exception {
        schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        documents = Files.createTempDirectory("restart");
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (instance != null) {
            instance.destroyForcibly().waitFor();
        }
        contexts.forEach(ConfigurableApplicationContext::close);
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
        FileSystemUtils.deleteRecursively(documents.toFile());
        Files.deleteIfExists(instanceLog());
    }

    /** The killed instance's output, kept next to its documents while the test runs. */
    private Path instanceLog() {
        return documents.resolveSibling(schema + ".log");
    }

    @Test
    void a_backup_interrupted_by_a_crash_is_compiled_after_the_restart() throws Exception {
        // set up the data with an instance that runs no jobs
        ConfigurableApplicationContext setup = start(false);
        TestData data = new TestData(setup);
        TestData.World world = data.world();
        var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);
        AttachmentService attachments = setup.getBean(AttachmentService.class);
        for (int i = 0; i < 80; i++) {
            attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), "payroll-" + i + ".pdf",
                    DocumentType.CERTIFIED_PAYROLL, TestFiles.pdf("payroll " + i, 50));
        }
        long backupId = setup.getBean(BackupService.class).request(world.admin().id(), world.project().id(),
                BackupKind.SUBCONTRACTOR, List.of(invoice.id()), BackupOptions.ALL).id();
        JdbcClient jdbc = setup.getBean(JdbcClient.class);

        // a second instance in its own process takes the job; it is killed while compiling
        instance = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName(), "--spring.profiles.active=test",
                "--spring.datasource.url=" + TestSchemaInitializer.SERVER + schema,
                "--spring.datasource.username=" + TestSchemaInitializer.USER,
                "--spring.datasource.password=" + TestSchemaInitializer.PASSWORD,
                "--invoicebackups.documents.dir=" + documents, "--server.port=0")
                .redirectErrorStream(true).redirectOutput(instanceLog().toFile()).start();
        String status = "QUEUED";
        for (int wait = 0; wait < 1200 && status.equals("QUEUED"); wait++) {
            Thread.sleep(50);
            status = status(jdbc, backupId);
        }
        instance.destroyForcibly().waitFor();
        instance = null;
        assertThat(status(jdbc, backupId)).as("killed while compiling").isEqualTo("RUNNING");

        // the restarted instance finds the orphaned job and compiles it again from the start
        setup.close();
        ConfigurableApplicationContext restarted = start(true);
        JdbcClient after = restarted.getBean(JdbcClient.class);
        for (int wait = 0; wait < 360 && !status(after, backupId).startsWith("SUCCEEDED"); wait++) {
            Thread.sleep(250);
        }
        assertThat(status(after, backupId)).isEqualTo("SUCCEEDED");
        assertThat(after.sql("select attempts from backup where id = ?").param(backupId).query(Integer.class).single())
                .isEqualTo(2);
        String key = after.sql("select document_key from backup where id = ?").param(backupId).query(String.class).single();
        Path file = restarted.getBean(DocumentStore.class).file(key);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            // cover, two contents pages (81 entries), invoice (2), 80 x 50 pages, three manifest pages
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 2 + 2 + 4000 + 3);
        }
        try (Stream<Path> files = Files.walk(documents)) {
            List<Path> complete = files.filter(Files::isRegularFile)
                    .filter(path -> !path.toString().endsWith(".partial")).toList();
            // the 80 attachments and exactly one backup
            assertThat(complete).hasSize(81);
        }
    }

    private static String status(JdbcClient jdbc, long backupId) {
        return jdbc.sql("select status from backup where id = ?").param(backupId).query(String.class).single();
    }

    private ConfigurableApplicationContext start(boolean jobs) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--spring.datasource.url=" + TestSchemaInitializer.SERVER + schema,
                        "--spring.datasource.username=" + TestSchemaInitializer.USER,
                        "--spring.datasource.password=" + TestSchemaInitializer.PASSWORD,
                        "--invoicebackups.documents.dir=" + documents,
                        "--invoicebackups.upload.max-bytes=10000000",
                        "--jobrunr.background-job-server.enabled=" + jobs,
                        "--server.port=0");
        contexts.add(context);
        return context;
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestSchemaInitializer.SERVER, TestSchemaInitializer.USER,
                TestSchemaInitializer.PASSWORD)) {
            connection.createStatement().execute(sql);
        }
    }
}
