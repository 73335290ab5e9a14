package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.SubcontractVisibility;
import com.invoicebackups.shared.LikePattern;
import com.invoicebackups.shared.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Subcontractor tab's rows, fetched a page at a time straight from the database so that the grid
 * stays fast with 100,000 invoices. Every filter, sort column and shown value is a column of the invoice
 * table: what a row shows of its subcontract, company and billing period is copied onto it (GridSortKeys
 * keeps the copies current), and every sort column has an index. So the count needs no join, a page's ids
 * come from walking one index, and only the page's rows are read in full.
 */
@Service
public class InvoiceGridService {

    private final JdbcClient jdbc;
    private final ContractService contracts;

    InvoiceGridService(JdbcClient jdbc, ContractService contracts) {
        this.jdbc = jdbc;
        this.contracts = contracts;
    }

    /** A company whose invoices the user sees in the grid, for its filter. */
    public record CompanyOption(long id, String name) {
    }

    public List<InvoiceRow> page(long userId, long projectId, InvoiceFilter filter, List<InvoiceSort> sorts,
                                 int offset, int limit) {
        Where where = where(userId, projectId, filter);
        List<InvoiceSort> order = sorts.isEmpty() ? List.of(new InvoiceSort(InvoiceSort.Column.CONTRACT_NUMBER, true)) : sorts;
        // the id breaks ties in the direction of the last sort, so that one index serves the whole order
        String orderBy = order.stream().map(InvoiceSort::orderBy).collect(Collectors.joining(", "))
                + ", i.id" + (order.getLast().ascending() ? "" : " desc");
        return rows(where, orderBy, limit, offset);
    }

    /** The rows of these invoices that the user may see, to restore a selection. */
    public List<InvoiceRow> rows(long userId, long projectId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where where = where(userId, projectId, InvoiceFilter.NONE);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.addAll(ids);
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        return rows(new Where(where.sql + " and i.id in (" + in + ")", parameters), "i.id", ids.size(), 0);
    }

    /** A deferred join: the page's ids from the invoice table alone, skipped rows never read in full or joined. */
    private List<InvoiceRow> rows(Where where, String orderBy, int limit, int offset) {
        String page = "select i.id from subcontractor_invoice i" + where.sql + " order by " + orderBy + " limit ? offset ?";
        String sql = """
                select i.id, i.number, i.contract_number, i.company_name, i.billing_period_number as period_number,
                       i.billing_period_start as start_date, i.billing_period_end as end_date, i.status,
                       i.billing_date, i.work_this_period, i.current_payment_due, i.attachment_count,
                       i.signature_status
                  from (%s) page
                  join subcontractor_invoice i on i.id = page.id
                 order by %s""".formatted(page, orderBy);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.sql(sql).params(parameters).query(InvoiceGridService::row).list();
    }

    /** The ids of every invoice matching the filter, in grid order, for "select all matching". */
    public List<Long> ids(long userId, long projectId, InvoiceFilter filter) {
        Where where = where(userId, projectId, filter);
        return jdbc.sql("select i.id from subcontractor_invoice i" + where.sql + " order by i.contract_sort_key, i.position")
                .params(where.parameters).query(Long.class).list();
    }

    public int count(long userId, long projectId, InvoiceFilter filter) {
        Where where = where(userId, projectId, filter);
        return jdbc.sql("select count(*) from subcontractor_invoice i" + where.sql)
                .params(where.parameters).query(Integer.class).single();
    }

    public List<CompanyOption> companyOptions(long userId, long projectId) {
        SubcontractVisibility.Condition visible = contracts.visibility(userId, projectId).invoicesOf("i.subcontract_id");
        String sql = "select distinct i.company_id, i.company_name from subcontractor_invoice i"
                + " where i.project_id = ? and " + visible.sql() + " order by i.company_name";
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        parameters.addAll(visible.parameters());
        return jdbc.sql(sql)
                .params(parameters)
                .query((rs, row) -> new CompanyOption(rs.getLong("company_id"), rs.getString("company_name")))
                .list();
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private Where where(long userId, long projectId, InvoiceFilter filter) {
        SubcontractVisibility.Condition visible = contracts.visibility(userId, projectId).invoicesOf("i.subcontract_id");
        StringBuilder sql = new StringBuilder(" where i.project_id = ? and " + visible.sql());
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        parameters.addAll(visible.parameters());
        if (filter.search() != null && !filter.search().isBlank()) {
            String like = LikePattern.containing(filter.search());
            sql.append(" and (i.number like ? or i.comment like ? or i.contract_number like ? or i.company_name like ?)");
            parameters.addAll(List.of(like, like, like, like));
        }
        if (filter.companyId() != null) {
            sql.append(" and i.company_id = ?");
            parameters.add(filter.companyId());
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

    private static InvoiceRow row(ResultSet rs, int rowNumber) throws SQLException {
        int period = rs.getInt("period_number");
        Integer periodNumber = rs.wasNull() ? null : period;
        return new InvoiceRow(rs.getLong("id"), rs.getString("number"), rs.getString("contract_number"),
                rs.getString("company_name"), periodNumber, localDate(rs.getDate("start_date")),
                localDate(rs.getDate("end_date")), InvoiceStatus.valueOf(rs.getString("status")),
                localDate(rs.getDate("billing_date")), Money.of(rs.getBigDecimal("work_this_period")),
                Money.of(rs.getBigDecimal("current_payment_due")), rs.getInt("attachment_count"),
                SignatureStatus.valueOf(rs.getString("signature_status")));
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
