package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.SubcontractVisibility;
import com.invoicebackups.invoicing.GridPages.Where;
import com.invoicebackups.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    private final GridPages.Table<InvoiceRow> table;

    InvoiceGridService(JdbcClient jdbc, ContractService contracts) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.table = new GridPages.Table<>(jdbc, "subcontractor_invoice", """
                i.id, i.number, i.contract_number, i.company_name, i.billing_period_number as period_number,
                       i.billing_period_start as start_date, i.billing_period_end as end_date, i.status,
                       i.billing_date, i.work_this_period, i.current_payment_due, i.attachment_count,
                       i.signature_status""", InvoiceGridService::row);
    }

    /** A company whose invoices the user sees in the grid, for its filter. */
    public record CompanyOption(long id, String name) {
    }

    public List<InvoiceRow> page(long userId, long projectId, InvoiceFilter filter, List<InvoiceSort> sorts,
                                 int offset, int limit) {
        return table.page(where(userId, projectId, filter), GridPages.orderBy(sorts, InvoiceSort::orderBy), limit,
                offset);
    }

    /** The rows of these invoices that the user may see, to restore a selection. */
    public List<InvoiceRow> rows(long userId, long projectId, Collection<Long> ids) {
        return table.rows(() -> where(userId, projectId, InvoiceFilter.NONE), ids);
    }

    /** The ids of every invoice matching the filter, in grid order, for "select all matching". */
    public List<Long> ids(long userId, long projectId, InvoiceFilter filter) {
        Where where = where(userId, projectId, filter);
        return jdbc.sql("select i.id from subcontractor_invoice i" + where.sql() + " order by i.contract_sort_key, i.position")
                .params(where.parameters()).query(Long.class).list();
    }

    public int count(long userId, long projectId, InvoiceFilter filter) {
        return table.count(where(userId, projectId, filter));
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

    private Where where(long userId, long projectId, InvoiceFilter filter) {
        SubcontractVisibility.Condition visible = contracts.visibility(userId, projectId).invoicesOf("i.subcontract_id");
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        parameters.addAll(visible.parameters());
        return new GridPages.Conditions("i.project_id = ? and " + visible.sql(), parameters)
                .search(filter.search(), "i.number", "i.comment", "i.contract_number", "i.company_name")
                .and("i.company_id = ?", filter.companyId())
                .and("i.billing_period_id = ?", filter.billingPeriodId())
                .and("i.status = ?", filter.status() == null ? null : filter.status().name())
                .where();
    }

    private static InvoiceRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new InvoiceRow(rs.getLong("id"), rs.getString("number"), rs.getString("contract_number"),
                rs.getString("company_name"), GridPages.periodNumber(rs), GridPages.localDate(rs.getDate("start_date")),
                GridPages.localDate(rs.getDate("end_date")), InvoiceStatus.valueOf(rs.getString("status")),
                GridPages.localDate(rs.getDate("billing_date")), Money.of(rs.getBigDecimal("work_this_period")),
                Money.of(rs.getBigDecimal("current_payment_due")), rs.getInt("attachment_count"),
                SignatureStatus.valueOf(rs.getString("signature_status")));
    }
}
