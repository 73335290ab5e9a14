package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.backup.pdf.PackageOrder;
import com.invoicebackups.backup.pdf.PackageSnapshot;
import com.invoicebackups.backup.pdf.StoredJson;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/**
 * Backups and package profiles written while their columns held text formats of their own: after the migration
 * every column holds JSON of the same values, read in several rounds when there are many rows.
 */
class JsonColumnsMigrationIT {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final String MIGRATION = "0047-backup-json-columns";
    /** More rows than the migration reads at a time. */
    private static final int PLAIN_ROWS = 45;
    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };

    private final String schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

    @BeforeEach
    void createSchema() throws SQLException {
        onServer("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        onServer("DROP DATABASE IF EXISTS `" + schema + "`");
    }

    @Test
    void rows_in_the_former_text_formats_hold_the_same_values_as_json_afterwards() throws Exception {
        migrate(true);
        try (Connection connection = connect()) {
            try (Statement statement = connection.createStatement()) {
                // the rows stand alone: no company, project or user is needed to read them back
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            insertBackup(connection, 1, "cover=false;invoices=true;types=RECEIPT,LIEN_WAIVER;sealed=true;volume=50;"
                            + "zip=false;order=BY_DOCUMENT_TYPE;type-order=INVOICE_DOCUMENT,LIEN_WAIVER",
                    "SC-2 2-01 is not approved\nThe waiver of SC-1 1-01 has expired",
                    "V2\nI\tS7\tSC-1 1-01\t950.00 USD\t$950.00\nD\tinvoice\tInvoice document\tf1\tR\tinvoice\n"
                            + "D\ta3\tWaiver.pdf\tb1\tF\tfile:Waiver.pdf\nI\tS8\tSC-2 2-01\t\t$10.00\n",
                    "documents-replaced=2,documents-added=1",
                    "I\tS7\ttrue\nD\tinvoice\ttrue\t\nD\ta3\tfalse\tConditional waiver\nI\tS8\tfalse\n");
            // as the first backups were written: options from before the package order, a snapshot from before
            // identities, nothing else
            insertBackup(connection, 2, "", null, "I\tSC-1 1-01\t$950.00\nD\tInvoice document\tf1\n", null, null);
            insertBackup(connection, 3, "cover=true;invoices=false;types=*", "", null, "", "");
            for (int id = 10; id < 10 + PLAIN_ROWS; id++) {
                insertBackup(connection, id, "cover=true;invoices=true;types=*;sealed=false;volume=0;zip=true;"
                        + "order=BY_CONTRACT;type-order=", null, null, null, null);
            }
            try (PreparedStatement profile = connection.prepareStatement(
                    "insert into package_profile (project_id, kind, options) values (1, 'OWNER', ?)")) {
                profile.setString(1, "cover=true;invoices=true;types=*;sealed=true;volume=0;zip=false;"
                        + "order=TYPE_ORDER_WITHIN_INVOICE;type-order=RECEIPT");
                profile.executeUpdate();
            }
        }

        migrate(false);

        try (Connection connection = connect()) {
            Stored full = backup(connection, 1);
            assertThat(full.options()).isEqualTo(new BackupOptions(false, true, Set.of("RECEIPT", "LIEN_WAIVER"), true,
                    50, false, PackageOrder.Ordering.BY_DOCUMENT_TYPE, List.of("INVOICE_DOCUMENT", "LIEN_WAIVER")));
            assertThat(full.warnings()).containsExactly("SC-2 2-01 is not approved",
                    "The waiver of SC-1 1-01 has expired");
            assertThat(full.snapshot()).isEqualTo(new PackageSnapshot(List.of(
                    new PackageSnapshot.Invoice("S7", "SC-1 1-01", "950.00 USD", "$950.00", List.of(
                            new PackageSnapshot.Document("invoice", "Invoice document", "f1", true, "invoice"),
                            new PackageSnapshot.Document("a3", "Waiver.pdf", "b1", false, "file:Waiver.pdf"))),
                    new PackageSnapshot.Invoice("S8", "SC-2 2-01", null, "$10.00", List.of()))));
            assertThat(full.counts()).containsExactly(Map.entry("documents-replaced", 2), Map.entry("documents-added", 1));
            assertThat(full.arrangement()).isEqualTo(new Arrangement(List.of(
                    new Arrangement.Entry("S7", true, List.of(new Arrangement.Document("invoice", true, ""),
                            new Arrangement.Document("a3", false, "Conditional waiver"))),
                    new Arrangement.Entry("S8", false, List.of()))));

            Stored first = backup(connection, 2);
            assertThat(first.options()).isEqualTo(BackupOptions.ALL);
            assertThat(first.warnings()).isNull();
            assertThat(first.snapshot()).isEqualTo(new PackageSnapshot(List.of(new PackageSnapshot.Invoice("SC-1 1-01",
                    "SC-1 1-01", null, "$950.00", List.of(new PackageSnapshot.Document("Invoice document",
                            "Invoice document", "f1", false, "Invoice document")))), true));
            assertThat(first.counts()).isNull();
            assertThat(first.arrangement()).isNull();

            Stored blank = backup(connection, 3);
            assertThat(blank.options()).isEqualTo(new BackupOptions(true, false, null));
            assertThat(blank.warnings()).isEmpty();
            assertThat(blank.snapshot()).isNull();
            assertThat(blank.counts()).isEmpty();
            assertThat(blank.arrangement()).isNull();

            List<BackupOptions> plain = new ArrayList<>();
            for (int id = 10; id < 10 + PLAIN_ROWS; id++) {
                plain.add(backup(connection, id).options());
            }
            assertThat(plain).hasSize(PLAIN_ROWS).containsOnly(BackupOptions.ALL.asZip());

            BackupOptions profile = single(connection, "select options from package_profile where project_id = 1 and kind = 'OWNER'",
                    json -> StoredJson.read(json, BackupOptions.class));
            assertThat(profile).isEqualTo(new BackupOptions(true, true, null,
                    true, 0, false, PackageOrder.Ordering.TYPE_ORDER_WITHIN_INVOICE, List.of("RECEIPT")));
            int valid = single(connection, """
                    select count(*) from backup where json_valid(options) and (warnings is null or json_valid(warnings))
                    and (snapshot is null or json_valid(snapshot)) and (changes_counts is null or json_valid(changes_counts))
                    and (arrangement is null or json_valid(arrangement))""", Integer::valueOf);
            assertThat(valid).isEqualTo(3 + PLAIN_ROWS);
        }
    }

    private record Stored(BackupOptions options, List<String> warnings, PackageSnapshot snapshot,
                          Map<String, Integer> counts, Arrangement arrangement) {
    }

    private static Stored backup(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select options, warnings, snapshot, changes_counts, arrangement from backup where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("backup %d", id).isTrue();
                return new Stored(StoredJson.read(row.getString("options"), BackupOptions.class),
                        orNull(row.getString("warnings"), json -> StoredJson.read(json, WARNINGS)),
                        orNull(row.getString("snapshot"), json -> StoredJson.read(json, PackageSnapshot.class)),
                        orNull(row.getString("changes_counts"), json -> StoredJson.read(json, COUNTS)),
                        orNull(row.getString("arrangement"), json -> StoredJson.read(json, Arrangement.class)));
            }
        }
    }

    private static <T> T orNull(String json, Function<String, T> reading) {
        return json == null ? null : reading.apply(json);
    }

    private static <T> T single(Connection connection, String sql, Function<String, T> reading) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return reading.apply(row.getString(1));
        }
    }

    private static void insertBackup(Connection connection, long id, String options, String warnings, String snapshot,
                                     String counts, String arrangement) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into backup (id, project_id, kind, requested_by, requested_at, status, progress, options,
                warnings, snapshot, changes_counts, arrangement)
                values (?, 1, 'SUBCONTRACTOR', 1, '2026-03-31 17:00:00', 'SUCCEEDED', 100, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, id);
            insert.setString(2, options);
            insert.setString(3, warnings);
            insert.setString(4, snapshot);
            insert.setString(5, counts);
            insert.setString(6, arrangement);
            insert.executeUpdate();
        }
    }

    /** Runs the changelog up to the migration (not it), or all of what has not run yet. */
    private void migrate(boolean upToTheMigration) throws LiquibaseException, SQLException {
        try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(),
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connect())))) {
            if (upToTheMigration) {
                List<String> ids = liquibase.getDatabaseChangeLog().getChangeSets().stream().map(ChangeSet::getId)
                        .toList();
                assertThat(ids).contains(MIGRATION);
                liquibase.update(ids.indexOf(MIGRATION), new Contexts(), new LabelExpression());
            } else {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(TestSchemaInitializer.SERVER + schema, TestSchemaInitializer.USER,
                TestSchemaInitializer.PASSWORD);
    }

    private static void onServer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestSchemaInitializer.SERVER,
                TestSchemaInitializer.USER, TestSchemaInitializer.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
