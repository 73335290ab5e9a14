package com.invoicebackups.invoicing;

import com.invoicebackups.invoicing.GridPages.Where;
import com.invoicebackups.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
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

    private final InvoiceGuard guard;
    private final GridPages.Table<OwnerInvoiceRow> table;

    OwnerInvoiceGridService(JdbcClient jdbc, InvoiceGuard guard) {
        this.guard = guard;
        this.table = new GridPages.Table<>(jdbc, "owner_invoice", """
                i.id, i.number, i.contract_number, i.billing_period_number as period_number,
                       i.billing_period_start as start_date, i.status, i.billing_date, i.work_this_period,
                       i.current_payment_due, i.attachment_count""", OwnerInvoiceGridService::row);
    }

    /** The sort columns the Owner grid offers. */
    public static final List<InvoiceSort.Column> SORTABLE = List.of(InvoiceSort.Column.INVOICE_NUMBER,
            InvoiceSort.Column.CONTRACT_NUMBER, InvoiceSort.Column.BILLING_PERIOD, InvoiceSort.Column.STATUS,
            InvoiceSort.Column.BILLING_DATE, InvoiceSort.Column.AMOUNT_THIS_PERIOD,
            InvoiceSort.Column.CURRENT_PAYMENT_DUE, InvoiceSort.Column.ATTACHMENTS);

    public List<OwnerInvoiceRow> page(long userId, long projectId, OwnerInvoiceFilter filter, List<InvoiceSort> sorts,
                                      int offset, int limit) {
        return table.page(where(userId, projectId, filter), GridPages.orderBy(sorts, OwnerInvoiceGridService::orderBy),
                limit, offset);
    }

    /** The rows of these owner invoices that the user may see, to restore a selection. */
    public List<OwnerInvoiceRow> rows(long userId, long projectId, Collection<Long> ids) {
        return table.rows(() -> where(userId, projectId, OwnerInvoiceFilter.NONE), ids);
    }

    public int count(long userId, long projectId, OwnerInvoiceFilter filter) {
        return table.count(where(userId, projectId, filter));
    }

    /** The conditions; a search also looks at the prime contract's number and title. */
    private Where where(long userId, long projectId, OwnerInvoiceFilter filter) {
        InvoicingAccess access = guard.access(userId, projectId);
        if (!access.ownerTab()) {
            throw new org.springframework.security.access.AccessDeniedException("ADMIN on Prime Contracts needed");
        }
        // as InvoiceGuard.sees: outside the contractor, only what was submitted to the owner
        return new GridPages.Conditions("i.project_id = ?", List.of(projectId))
                .and("i.status <> ?", access.contractor() ? null : OwnerInvoiceStatus.DRAFT.name())
                .search(filter.search(), "i.number", "i.comment", "i.contract_number", "i.contract_title")
                .and("i.billing_period_id = ?", filter.billingPeriodId())
                .and("i.status = ?", filter.status() == null ? null : filter.status().name())
                .where();
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
        return new OwnerInvoiceRow(rs.getLong("id"), rs.getString("number"), rs.getString("contract_number"),
                GridPages.periodNumber(rs), GridPages.localDate(rs.getDate("start_date")),
                OwnerInvoiceStatus.valueOf(rs.getString("status")),
                GridPages.localDate(rs.getDate("billing_date")), Money.of(rs.getBigDecimal("work_this_period")),
                Money.of(rs.getBigDecimal("current_payment_due")), rs.getInt("attachment_count"));
    }
}
