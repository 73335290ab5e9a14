package com.invoicebackups.invoicing;

import com.invoicebackups.shared.LikePattern;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How both invoice grids read: conditions on the invoice table alone, a page's ids from walking one index and only
 * the page's rows read in full, ties broken by id, and a selection restored by its ids.
 */
final class GridPages {

    private GridPages() {
    }

    /** A grid's conditions on its invoice table (aliased {@code i}), " where ..." with their parameters. */
    record Where(String sql, List<Object> parameters) {

        /** These conditions, for the given invoices only. */
        Where only(Collection<Long> ids) {
            String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
            return new Where(sql + " and i.id in (" + in + ")",
                    Stream.concat(parameters.stream(), ids.stream()).toList());
        }
    }

    /** Builds a grid's conditions: the project's invoices first, then each search and filter the user set. */
    static final class Conditions {

        private final StringBuilder sql;
        private final List<Object> parameters = new ArrayList<>();

        Conditions(String first, List<?> parameters) {
            this.sql = new StringBuilder(" where " + first);
            this.parameters.addAll(parameters);
        }

        /** The search text in any of the columns; nothing without a search. */
        Conditions search(String search, String... columns) {
            if (search != null && !search.isBlank()) {
                String like = LikePattern.containing(search);
                sql.append(" and (").append(String.join(" like ? or ", columns)).append(" like ?)");
                for (int i = 0; i < columns.length; i++) {
                    parameters.add(like);
                }
            }
            return this;
        }

        /** The condition on one parameter; nothing when the value is null ("any"). */
        Conditions and(String condition, Object value) {
            if (value != null) {
                sql.append(" and ").append(condition);
                parameters.add(value);
            }
            return this;
        }

        Where where() {
            return new Where(sql.toString(), new ArrayList<>(parameters));
        }
    }

    /** The order of the sorts (by contract number without any), each sort's columns as {@code columns} gives them. */
    static String orderBy(List<InvoiceSort> sorts, Function<InvoiceSort, String> columns) {
        List<InvoiceSort> order = sorts.isEmpty() ? List.of(new InvoiceSort(InvoiceSort.Column.CONTRACT_NUMBER, true)) : sorts;
        // the id breaks ties in the direction of the last sort, so that one index serves the whole order
        return order.stream().map(columns).collect(Collectors.joining(", "))
                + ", i.id" + (order.getLast().ascending() ? "" : " desc");
    }

    /** An invoice table as its grid reads it: the columns a row shows, and how a row is made of them. */
    record Table<T>(JdbcClient jdbc, String name, String columns, RowMapper<T> row) {

        /** A deferred join: the page's ids from the invoice table alone, skipped rows never read in full or joined. */
        List<T> page(Where where, String orderBy, int limit, int offset) {
            String page = "select i.id from " + name + " i" + where.sql() + " order by " + orderBy
                    + " limit ? offset ?";
            String sql = """
                    select %s
                      from (%s) page
                      join %s i on i.id = page.id
                     order by %s""".formatted(columns, page, name, orderBy);
            List<Object> parameters = new ArrayList<>(where.parameters());
            parameters.add(limit);
            parameters.add(offset);
            return jdbc.sql(sql).params(parameters).query(row).list();
        }

        /** The rows of these invoices that the conditions allow, to restore a selection; none without ids. */
        List<T> rows(Supplier<Where> where, Collection<Long> ids) {
            return ids.isEmpty() ? List.of() : page(where.get().only(ids), "i.id", ids.size(), 0);
        }

        /** How many invoices meet the conditions, counted on the invoice table alone. */
        int count(Where where) {
            return jdbc.sql("select count(*) from " + name + " i" + where.sql())
                    .params(where.parameters()).query(Integer.class).single();
        }
    }

    /** The row's billing period number, null for a row without a period. */
    static Integer periodNumber(ResultSet rs) throws SQLException {
        int period = rs.getInt("period_number");
        return rs.wasNull() ? null : period;
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
