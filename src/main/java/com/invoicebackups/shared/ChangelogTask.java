package com.invoicebackups.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A changelog step written in Java, for rows whose new values only the product's own code can compute. It needs no
 * set-up, no files and no checks beyond what it does; Liquibase makes it through its public no-argument constructor.
 */
public abstract class ChangelogTask implements CustomTaskChange {

    /** Sets the new values of one row on {@code write}, the row's id last; returns nothing, throws what it meets. */
    @FunctionalInterface
    protected interface RowRewrite {
        void set(ResultSet row, PreparedStatement write) throws SQLException;
    }

    /**
     * Rewrites every row a chunk at a time, so a large table is never held whole: {@code read} selects {@code id} and
     * the columns of the rows after the id it is given, in id order, at most as many as its second parameter.
     */
    protected static void rewriteInChunks(Connection connection, String read, String write, int chunk,
                                          RowRewrite rewrite) throws SQLException {
        try (PreparedStatement reading = connection.prepareStatement(read);
             PreparedStatement writing = connection.prepareStatement(write)) {
            long after = Long.MIN_VALUE;
            int rows;
            do {
                reading.setLong(1, after);
                reading.setInt(2, chunk);
                rows = 0;
                try (ResultSet row = reading.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        after = row.getLong("id");
                        rewrite.set(row, writing);
                        writing.addBatch();
                    }
                }
                writing.executeBatch();
            } while (rows == chunk);
        }
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
