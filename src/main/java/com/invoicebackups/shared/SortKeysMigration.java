package com.invoicebackups.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;

/**
 * A Liquibase change that writes a module's stored natural-order keys anew with {@link NaturalOrder#sortKey}, for the
 * rows that were there before every key was its printable ASCII; safe to run again. Each module names its own tables
 * in a subclass. Liquibase makes the change through its public no-argument constructor, hence public classes.
 */
public abstract class SortKeysMigration extends ChangelogTask {

    private static final int ROWS_AT_A_TIME = 1_000;

    /**
     * One key column: {@code read} selects {@code id} and {@code label} of the rows after the id it is given, in id
     * order, at most as many as its second parameter; {@code write} sets the label's key on the row of the id.
     */
    public record Keys(String read, String write) {
    }

    protected abstract List<Keys> keys();

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            for (Keys keys : keys()) {
                rewrite(connection, keys);
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not write the natural-order keys", e);
        }
    }

    private static void rewrite(Connection connection, Keys keys) throws SQLException {
        rewriteInChunks(connection, keys.read(), keys.write(), ROWS_AT_A_TIME, (row, write) -> {
            write.setString(1, NaturalOrder.sortKey(row.getString("label")));
            write.setLong(2, row.getLong("id"));
        });
    }

    @Override
    public String getConfirmationMessage() {
        return "Natural-order keys written";
    }
}
