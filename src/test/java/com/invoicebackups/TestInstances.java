package com.invoicebackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Whole application instances sharing one fresh schema and one document folder, as several servers
 * would in production; closed and dropped at the end.
 */
public final class TestInstances implements AutoCloseable {

    private final String schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    private final Path documents;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    public TestInstances() throws IOException, SQLException {
        documents = Files.createTempDirectory("instances");
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** The command-line arguments that point an instance at the shared schema and documents. */
    public List<String> arguments() {
        return List.of("--spring.datasource.url=" + TestSchemaInitializer.SERVER + schema,
                "--spring.datasource.username=" + TestSchemaInitializer.USER,
                "--spring.datasource.password=" + TestSchemaInitializer.PASSWORD,
                "--invoicebackups.documents.dir=" + documents,
                "--invoicebackups.seal.dir=" + documents.resolveSibling(documents.getFileName() + "-seals"),
                "--server.port=0", "--management.server.port=0");
    }

    public ConfigurableApplicationContext start(String... extra) {
        return start(new SpringApplicationBuilder(Application.class), extra);
    }

    /** An instance that schedules jobs into the shared database but runs none itself. */
    public ConfigurableApplicationContext startWithoutJobs(String... extra) {
        return start(new SpringApplicationBuilder(Application.class, StoppedScheduler.class), extra);
    }

    private ConfigurableApplicationContext start(SpringApplicationBuilder application, String... extra) {
        List<String> args = new ArrayList<>(arguments());
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = application.profiles("test").run(args.toArray(String[]::new));
        started.add(context);
        return context;
    }

    public Path documents() {
        return documents;
    }

    public String schema() {
        return schema;
    }

    /** The complete documents in the shared store (what a half-written .partial file is not). */
    public List<Path> completeDocuments() throws IOException {
        try (Stream<Path> files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".partial")).toList();
        }
    }

    @Override
    public void close() throws SQLException {
        started.forEach(ConfigurableApplicationContext::close);
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
        FileSystemUtils.deleteRecursively(documents.toFile());
        FileSystemUtils.deleteRecursively(documents.resolveSibling(documents.getFileName() + "-seals").toFile());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestSchemaInitializer.SERVER, TestSchemaInitializer.USER,
                TestSchemaInitializer.PASSWORD)) {
            connection.createStatement().execute(sql);
        }
    }
}
