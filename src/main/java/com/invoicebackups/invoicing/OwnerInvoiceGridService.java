package com.invoicebackups.invoicing;

import com.invoicebackups.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Owner tab's rows, a page at a time from the database, for ADMIN on Prime Contracts. As on the
 * Subcontractor tab, every filter, sort column and shown value is a column of the invoice table: the prime
 * contract's number and title and the billing period's number and start are copied onto the row, the numbers'
 * natural order (OA-2 before OA-10) as the keys {@link com.invoicebackups.shared.NaturalOrder} writes, and
 * GridSortKeys keeps them current.
 */
@Service
public class OwnerInvoiceGridService {

    private final JdbcClient jdbc;
    private final InvoiceGuard guard;

    OwnerInvoiceGridService(JdbcClient jdbc, InvoiceGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** The sort columns the Owner grid offers. */
    public static final List<InvoiceSort.Column> SORTABLE = List.of(InvoiceSort.Column.INVOICE_NUMBER,
            InvoiceSort.Column.CONTRACT_NUMBER, InvoiceSort.Column.BILLING_PERIOD, InvoiceSort.Column.STATUS,
            InvoiceSort.Column.BILLING_DATE, InvoiceSort.Column.AMOUNT_THIS_PERIOD,
            InvoiceSort.Column.CURRENT_PAYMENT_DUE, InvoiceSort.Column.ATTACHMENTS);

    public List<OwnerInvoiceRow> page(long userId, long projectId, OwnerInvoiceFilter filter, List<InvoiceSort> sorts,
                                      int offset, int limit) {
        Where where = where(userId, projectId, filter);
        List<InvoiceSort> order = sorts.isEmpty() ? List.of(new InvoiceSort(InvoiceSort.Column.CONTRACT_NUMBER, true)) : sorts;
        // the id breaks ties in the direction of the last sort, so that one index serves the whole order
        String orderBy = order.stream().map(OwnerInvoiceGridService::orderBy).collect(Collectors.joining(", "))
                + ", i.id" + (order.getLast().ascending() ? "" : " desc");
        return rows(where, orderBy, limit, offset);
    }

    /** The rows of these owner invoices that the user may see, to restore a selection. */
    public List<OwnerInvoiceRow> rows(long userId, long projectId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where where = where(userId, projectId, OwnerInvoiceFilter.NONE);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.addAll(ids);
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        return rows(new Where(where.sql + " and i.id in (" + in + ")", parameters), "i.id", ids.size(), 0);
    }

    /** A deferred join: the page's ids from the invoice table alone, skipped rows never read in full or joined. */
    private List<OwnerInvoiceRow> rows(Where where, String orderBy, int limit, int offset) {
        String page = "select i.id from owner_invoice i" + where.sql + " order by " + orderBy + " limit ? offset ?";
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.sql("""
                        select i.id, i.number, i.contract_number, i.billing_period_number as period_number,
                               i.billing_period_start as start_date, i.status, i.billing_date, i.work_this_period,
                               i.current_payment_due, i.attachment_count
                          from (%s) page
                          join owner_invoice i on i.id = page.id
                         order by %s""".formatted(page, orderBy))
                .params(parameters).query(OwnerInvoiceGridService::row).list();
    }

    public int count(long userId, long projectId, OwnerInvoiceFilter filter) {
        Where where = where(userId, projectId, filter);
        return jdbc.sql("select count(*) from owner_invoice i" + where.sql)
                .params(where.parameters).query(Integer.class).single();
    }

    /** The conditions; a search also looks at the prime contract's number and title. */
    private record Where(String sql, List<Object> parameters) {
    }

    private Where where(long userId, long projectId, OwnerInvoiceFilter filter) {
        InvoicingAccess access = guard.access(userId, projectId);
        if (!access.ownerTab()) {
            throw new org.springframework.security.access.AccessDeniedException("ADMIN on Prime Contracts needed");
        }
        StringBuilder sql = new StringBuilder(" where i.project_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        if (!access.contractor()) {
            // as InvoiceGuard.sees: outside the contractor, only what was submitted to the owner
            sql.append(" and i.status <> ?");
            parameters.add(OwnerInvoiceStatus.DRAFT.name());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String like = com.invoicebackups.shared.LikePattern.containing(filter.search());
            sql.append(" and (i.number like ? or i.comment like ? or i.contract_number like ? or i.contract_title like ?)");
            parameters.addAll(List.of(like, like, like, like));
        }
        if (filter.billingPeriodId() != null) {
            sql.append(" and i.billing_period_id = ?");
            parameters.add(filter.billingPeriodId());
        }
        if (filter.status() != null) {
            sql.append(" and i.status = ?");
            parameters.add(filter.status().name());
        }
        return new Where(sql.toString(), parameters);
    }

    private static String orderBy(InvoiceSort sort) {
        String direction = sort.ascending() ? " asc" : " desc";
        return switch (sort.column()) {
            case INVOICE_NUMBER -> "i.number_sort_key" + direction;
            case CONTRACT_NUMBER -> "i.contract_sort_key" + direction + ", i.position" + direction;
            case BILLING_PERIOD -> "i.billing_period_start" + direction;
            case STATUS -> "i.status" + direction;
            case BILLING_DATE -> "i.billing_date" + direction;
            case AMOUNT_THIS_PERIOD -> "i.work_this_period" + direction;
            case CURRENT_PAYMENT_DUE -> "i.current_payment_due" + direction;
            case ATTACHMENTS -> "i.attachment_count" + direction;
            case COMPANY, SIGNATURE -> throw new IllegalArgumentException("owner invoices have no " + sort.column());
        };
    }

    private static OwnerInvoiceRow row(ResultSet rs, int rowNumber) throws SQLException {
        int period = rs.getInt("period_number");
        Integer periodNumber = rs.wasNull() ? null : period;
        return new OwnerInvoiceRow(rs.getLong("id"), rs.getString("number"), rs.getString("contract_number"),
                periodNumber, InvoiceGridService.localDate(rs.getDate("start_date")),
                OwnerInvoiceStatus.valueOf(rs.getString("status")),
                InvoiceGridService.localDate(rs.getDate("billing_date")), Money.of(rs.getBigDecimal("work_this_period")),
                Money.of(rs.getBigDecimal("current_payment_due")), rs.getInt("attachment_count"));
    }
}
