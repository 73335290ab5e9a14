package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.PackageOrder;
import com.invoicebackups.backup.pdf.PackageSnapshot;
import com.invoicebackups.backup.pdf.StoredJson;
import com.invoicebackups.shared.ChangelogTask;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;

/**
 * Rewrites the values backups kept in text formats of their own (options, warnings, snapshot, counts of changes,
 * arrangement; and the package profiles' options) as the JSON the application now reads. Rows are read a few at a
 * time, by id, since a snapshot of thousands of invoices is half a megabyte. Liquibase makes this change through
 * its public no-argument constructor, hence a public class.
 */
public class JsonColumnsMigration extends ChangelogTask {

    private static final int ROWS_AT_A_TIME = 20;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            backups(connection);
            profiles(connection);
        } catch (SQLException e) {
            throw new CustomChangeException("Could not rewrite the backups' columns as JSON", e);
        }
    }

    private static void backups(Connection connection) throws SQLException {
        rewriteInChunks(connection, """
                select id, options, warnings, snapshot, changes_counts, arrangement from backup
                where id > ? order by id limit ?""", """
                update backup set options = ?, warnings = ?, snapshot = ?, changes_counts = ?, arrangement = ?
                where id = ?""", ROWS_AT_A_TIME, (row, write) -> {
            long id = row.getLong("id");
            try {
                write.setString(1, json(options(row.getString("options"))));
                write.setString(2, json(warnings(row.getString("warnings"))));
                write.setString(3, json(snapshot(row.getString("snapshot"))));
                write.setString(4, json(counts(row.getString("changes_counts"))));
                write.setString(5, json(arrangement(row.getString("arrangement"))));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Backup " + id + " could not be read: " + e, e);
            }
            write.setLong(6, id);
        });
    }

    /** The profiles are one short row per project and kind of backup. */
    private static void profiles(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select project_id, kind, options from package_profile");
             PreparedStatement write = connection.prepareStatement(
                     "update package_profile set options = ? where project_id = ? and kind = ?");
             ResultSet row = read.executeQuery()) {
            while (row.next()) {
                write.setString(1, json(options(row.getString("options"))));
                write.setLong(2, row.getLong("project_id"));
                write.setString(3, row.getString("kind"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static String json(Object value) {
        return value == null ? null : StoredJson.write(value);
    }

    // The formats before JSON, read here and nowhere else.

    /** {@code cover=true;invoices=true;types=A,B;sealed=false;volume=0;zip=false;order=BY_CONTRACT;type-order=A,B}. */
    private static BackupOptions options(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return BackupOptions.ALL;
        }
        String[] parts = encoded.split(";", -1);
        String types = parts[2].substring("types=".length());
        return new BackupOptions(parts[0].endsWith("true"), parts[1].endsWith("true"), types.equals("*") ? null
                : Arrays.stream(types.split(",")).filter(type -> !type.isBlank()).collect(Collectors.toSet()),
                parts.length > 3 && parts[3].endsWith("true"),
                parts.length > 4 ? Integer.parseInt(parts[4].substring("volume=".length())) : 0,
                parts.length > 5 && parts[5].endsWith("true"),
                parts.length > 6 ? PackageOrder.Ordering.valueOf(parts[6].substring("order=".length()))
                        : PackageOrder.Ordering.BY_CONTRACT,
                parts.length > 7 ? Arrays.stream(parts[7].substring("type-order=".length()).split(","))
                        .filter(type -> !type.isBlank()).toList() : List.of());
    }

    /** One warning a line. */
    private static List<String> warnings(String text) {
        if (text == null) {
            return null;
        }
        return text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    /**
     * {@code V2}, then {@code I key label amount due} lines, each followed by its {@code D key name sha256 R|F slot}
     * lines, fields separated by tabs; without the {@code V2} line a legacy package's {@code I label due} and
     * {@code D name sha256} lines. Lines it cannot read are left out.
     */
    private static PackageSnapshot snapshot(String text) {
        if (text == null) {
            return null;
        }
        List<PackageSnapshot.Invoice> invoices = new ArrayList<>();
        boolean legacy = !text.startsWith("V2\n");
        List<PackageSnapshot.Document> documents = null;
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (legacy && fields.length == 3 && fields[0].equals("I")) {
                documents = new ArrayList<>();
                invoices.add(new PackageSnapshot.Invoice(fields[1], fields[1], null, fields[2], documents));
            } else if (legacy && fields.length == 3 && fields[0].equals("D") && documents != null) {
                documents.add(new PackageSnapshot.Document(fields[1], fields[1], fields[2], false, fields[1]));
            } else if (!legacy && fields.length == 5 && fields[0].equals("I")) {
                documents = new ArrayList<>();
                invoices.add(new PackageSnapshot.Invoice(fields[1], fields[2], fields[3].isEmpty() ? null : fields[3],
                        fields[4], documents));
            } else if (!legacy && fields.length == 6 && fields[0].equals("D") && documents != null) {
                documents.add(new PackageSnapshot.Document(fields[1], fields[2], fields[3], fields[4].equals("R"),
                        fields[5]));
            }
        }
        return new PackageSnapshot(invoices, legacy);
    }

    /** {@code documents-added=1,documents-replaced=2}, empty for none. */
    private static Map<String, Integer> counts(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String count : text.split(",")) {
            if (!count.isBlank()) {
                String[] kindAndNumber = count.split("=");
                counts.put(kindAndNumber[0], Integer.parseInt(kindAndNumber[1]));
            }
        }
        return counts;
    }

    /**
     * {@code I invoice included} lines, each followed by its {@code D document included title} lines, fields
     * separated by tabs; blank for none.
     */
    private static Arrangement arrangement(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Arrangement.Entry> entries = new ArrayList<>();
        List<Arrangement.Document> documents = null;
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("I") && fields.length == 3) {
                documents = new ArrayList<>();
                entries.add(new Arrangement.Entry(fields[1], Boolean.parseBoolean(fields[2]), documents));
            } else if (fields[0].equals("D") && fields.length == 4 && documents != null) {
                documents.add(new Arrangement.Document(fields[1], Boolean.parseBoolean(fields[2]), fields[3]));
            }
        }
        return new Arrangement(entries);
    }

    @Override
    public String getConfirmationMessage() {
        return "Backups' options, warnings, snapshots, counts of changes and arrangements rewritten as JSON";
    }
}
