package com.invoicebackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives each test application context a freshly created schema with a unique name on the real MariaDB
 * server (and its own document folder), and drops both when the context closes, or at JVM exit if the
 * context never started.
 */
public class TestSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SERVER = System.getProperty("test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String USER = System.getProperty("test.mariadb.user", "root");
    public static final String PASSWORD = System.getProperty("test.mariadb.password", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Path documents;
        try {
            documents = Files.createTempDirectory("invoice-backups-test-documents");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        AtomicBoolean dropped = new AtomicBoolean();
        Runnable drop = () -> {
            if (dropped.compareAndSet(false, true)) {
                execute("DROP DATABASE IF EXISTS `" + schema + "`");
                FileSystemUtils.deleteRecursively(documents.toFile());
                FileSystemUtils.deleteRecursively(seals(documents).toFile());
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(drop));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                drop.run();
            }
        });
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-schema", Map.of(
                "spring.datasource.url", SERVER + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "invoicebackups.documents.dir", documents.toString(),
                "invoicebackups.seal.dir", seals(documents).toString())));
    }

    /** Where the companies' keystores of a test context are kept: beside its documents. */
    private static Path seals(Path documents) {
        return documents.resolveSibling(documents.getFileName() + "-seals");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run on the test MariaDB server: " + sql, e);
        }
    }
}
