package com.invoicebackups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The product started as the built jar starts it, in its own JVM with no profile named: production.
 * Without a database it stops at once with one line; the first administrator is created on an empty
 * database by the command line, only once, and no demo user ever appears.
 */
class ProductionStartIT {

    String schema;
    Path documents;

    @BeforeEach
    void createSchema() throws Exception {
        schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        documents = Files.createTempDirectory("invoice-backups-prod-documents");
        sql("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterEach
    void dropSchema() throws Exception {
        sql("DROP DATABASE IF EXISTS `" + schema + "`");
        FileSystemUtils.deleteRecursively(documents.toFile());
    }

    @Test
    void without_a_database_production_stops_at_once_with_one_line_saying_how_to_name_one() throws Exception {
        Run run = application(List.of(), Map.of(), "");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output().strip().lines().toList()).singleElement().asString()
                .startsWith("No database configured: set SPRING_DATASOURCE_URL=");
    }

    @Test
    void the_first_administrator_is_created_once_with_the_password_never_on_the_command_line() throws Exception {
        Run tooShort = application(create("dana"), Map.of(), "short\n");
        assertThat(tooShort.exit()).isEqualTo(1);
        assertThat(tooShort.output()).contains("The password needs at least 12 characters.");

        Run created = application(create("dana"), Map.of("INVOICEBACKUPS_ADMIN_PASSWORD", "correct horse battery"), "");
        assertThat(created.exit()).as(created.output()).isZero();
        assertThat(created.output()).contains("Created company Keystone Builders and its administrator dana.");

        Run again = application(create("second"), Map.of(), "another good password\n");
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.output()).contains("A first administrator exists already")
                .as("said before any password is asked for").doesNotContain("Password for the new administrator");

        assertThat(query("select concat(username, ':', company_admin) from app_user")).containsExactly("dana:1");
        assertThat(query("select name from company")).containsExactly("Keystone Builders");
    }

    @Test
    void settings_come_from_secret_files_as_docker_mounts_them() throws Exception {
        Path secrets = Files.createTempDirectory("secrets");
        try {
            // each file a setting named as the file, its content the value; the trailing newline an editor adds is no part
            Files.writeString(secrets.resolve("spring.datasource.url"), TestSchemaInitializer.SERVER + schema + "\n");
            Files.writeString(secrets.resolve("spring.datasource.username"), TestSchemaInitializer.USER + "\n");
            Files.writeString(secrets.resolve("spring.datasource.password"), TestSchemaInitializer.PASSWORD);
            List<String> arguments = create("dana").stream().filter(argument -> !argument.startsWith("--spring.datasource"))
                    .toList();
            Run created = application(arguments, Map.of("SECRETS_DIR", secrets.toString(),
                    "INVOICEBACKUPS_ADMIN_PASSWORD", "correct horse battery"), "");
            assertThat(created.exit()).as(created.output()).isZero();
            assertThat(query("select username from app_user")).containsExactly("dana");
        } finally {
            FileSystemUtils.deleteRecursively(secrets.toFile());
        }
    }

    private List<String> create(String username) {
        return List.of("admin", "create", "--company=Keystone Builders", "--username=" + username,
                "--name=Dana Whitfield", "--email=dana@keystone.example",
                "--spring.datasource.url=" + TestSchemaInitializer.SERVER + schema,
                "--spring.datasource.username=" + TestSchemaInitializer.USER,
                "--spring.datasource.password=" + TestSchemaInitializer.PASSWORD,
                "--invoicebackups.documents.dir=" + documents);
    }

    private record Run(int exit, String output) {
    }

    private static Run application(List<String> arguments, Map<String, String> environment, String input)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("INVOICEBACKUPS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestSchemaInitializer.SERVER + schema,
                TestSchemaInitializer.USER, TestSchemaInitializer.PASSWORD);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void sql(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestSchemaInitializer.SERVER,
                TestSchemaInitializer.USER, TestSchemaInitializer.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
