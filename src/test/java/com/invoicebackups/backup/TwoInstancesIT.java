package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.Application;
import com.invoicebackups.TestData;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.InvoiceStatus;
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

/** Two application instances on one database: every backup is compiled exactly once, by one of them. */
class TwoInstancesIT {

    private String schema;
    private Path documents;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void createSchema() throws Exception {
        schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        documents = Files.createTempDirectory("two-instances");
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterEach
    void dropSchema() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
        FileSystemUtils.deleteRecursively(documents.toFile());
    }

    @Test
    void twenty_backups_queued_on_two_instances_are_each_compiled_exactly_once() throws Exception {
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        TestData data = new TestData(first);
        TestData.World world = data.world();
        var subcontract = data.subcontract(world, "SC-1", world.subcontractor());
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        var invoice = data.invoice(subcontract, period, "1-01", InvoiceStatus.APPROVED, "100.00", null);

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            BackupService service = (i % 2 == 0 ? first : second).getBean(BackupService.class);
            ids.add(service.request(world.admin().id(), world.project().id(), BackupKind.SUBCONTRACTOR,
                    List.of(invoice.id()), BackupOptions.ALL).id());
        }
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        for (int wait = 0; wait < 240; wait++) {
            int finished = jdbc.sql("select count(*) from backup where status in ('SUCCEEDED', 'FAILED',"
                    + " 'SUCCEEDED_WITH_WARNINGS')").query(Integer.class).single();
            if (finished == ids.size()) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(jdbc.sql("select status from backup order by id").query(String.class).list())
                .hasSize(20).containsOnly("SUCCEEDED");
        assertThat(jdbc.sql("select attempts from backup").query(Integer.class).list()).containsOnly(1);
        List<String> keys = jdbc.sql("select document_key from backup").query(String.class).list();
        assertThat(keys).doesNotHaveDuplicates().hasSize(20);
        try (Stream<Path> files = Files.walk(documents)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).noneMatch(file -> file.toString().endsWith(".partial"));
            assertThat(all).hasSize(20);
        }
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--spring.datasource.url=" + TestSchemaInitializer.SERVER + schema,
                        "--spring.datasource.username=" + TestSchemaInitializer.USER,
                        "--spring.datasource.password=" + TestSchemaInitializer.PASSWORD,
                        "--invoicebackups.documents.dir=" + documents,
                        "--server.port=0");
        instances.add(context);
        return context;
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestSchemaInitializer.SERVER, TestSchemaInitializer.USER,
                TestSchemaInitializer.PASSWORD)) {
            connection.createStatement().execute(sql);
        }
    }
}
