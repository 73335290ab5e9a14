package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.SubcontractVisibility;
import com.invoicebackups.project.ProjectService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The checks before owner backups are compiled. Blocking, as for subcontractor backups: each owner invoice
 * needs a billing period, and every earlier billing period of the project must be CLOSED (an owner backup
 * draws on the whole project's invoices of its period). Not blocking: the subcontractor invoices of those
 * periods that will be missing because they are not APPROVED, so the administrator decides before compiling.
 */
@Service
public class OwnerPreflight {

    /** A subcontractor invoice of the period that the owner backup will not hold. */
    public record NotApproved(int periodNumber, String contractNumber, String invoiceNumber, InvoiceStatus status) {
    }

    /**
     * What the owner backups will miss: the named invoices that are not APPROVED, and how many invoices of
     * private subcontracts the user may not see (never named, whatever their status).
     */
    public record Missing(List<NotApproved> notApproved, int hiddenPrivate) {
    }

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ContractService contracts;

    OwnerPreflight(JdbcClient jdbc, ProjectService projects, ContractService contracts) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.contracts = contracts;
    }

    public List<CompilePreflight.Problem> problems(long userId, long projectId, Collection<Long> ownerInvoiceIds) {
        projects.access(userId, projectId).requireCompiles(true);
        if (ownerInvoiceIds.isEmpty()) {
            return List.of();
        }
        List<CompilePreflight.Problem> problems = new ArrayList<>(jdbc.sql("""
                        select pc.number, i.number as invoice_number from owner_invoice i
                          join prime_contract pc on pc.id = i.prime_contract_id
                         where i.project_id = :project and i.id in (:ids) and i.billing_period_id is null
                         order by natural_sort_key(pc.number), i.position""")
                .param("project", projectId).param("ids", ownerInvoiceIds)
                .query((rs, row) -> new CompilePreflight.Problem(rs.getString("number"), rs.getString("invoice_number"),
                        null, null, null, CompilePreflight.Kind.MISSING_PERIOD))
                .list());
        problems.addAll(jdbc.sql("""
                        select distinct natural_sort_key(pc.number) as contract_key, pc.number,
                               ep.number as period_number, ep.start_date, ep.end_date
                          from owner_invoice i
                          join prime_contract pc on pc.id = i.prime_contract_id
                          join billing_period p on p.id = i.billing_period_id
                          join billing_period ep on ep.project_id = i.project_id and ep.start_date < p.start_date
                         where i.project_id = :project and i.id in (:ids) and ep.status <> 'CLOSED'
                         order by contract_key, ep.start_date""")
                .param("project", projectId).param("ids", ownerInvoiceIds)
                .query((rs, row) -> new CompilePreflight.Problem(rs.getString("number"), null, rs.getInt("period_number"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                        CompilePreflight.Kind.EARLIER_PERIOD_OPEN))
                .list());
        return problems;
    }

    /** The subcontractor invoices of the owner invoices' billing periods that their backups will not hold. */
    public Missing missing(long userId, long projectId, Collection<Long> ownerInvoiceIds) {
        projects.access(userId, projectId).requireCompiles(true);
        if (ownerInvoiceIds.isEmpty()) {
            return new Missing(List.of(), 0);
        }
        SubcontractVisibility.Condition named = contracts.visibility(userId, projectId).readForOwnerBackups("s.id");
        List<Object> parameters = new ArrayList<>(named.parameters());
        parameters.add(projectId);
        parameters.add(projectId);
        parameters.addAll(ownerInvoiceIds);
        List<PeriodInvoice> invoices = jdbc.sql("""
                        select bp.number as period_number, s.number as contract, i.number as invoice, i.status,
                               not (%s) as hidden
                          from subcontractor_invoice i
                          join subcontract s on s.id = i.subcontract_id
                          join billing_period bp on bp.id = i.billing_period_id
                         where i.project_id = ?
                           and i.billing_period_id in (select billing_period_id from owner_invoice
                                                        where project_id = ? and id in (%s))
                         order by bp.start_date, s.number_sort_key, i.position"""
                        .formatted(named.sql(), String.join(", ", Collections.nCopies(ownerInvoiceIds.size(), "?"))))
                .params(parameters)
                .query((rs, row) -> new PeriodInvoice(new NotApproved(rs.getInt("period_number"), rs.getString("contract"),
                        rs.getString("invoice"), InvoiceStatus.valueOf(rs.getString("status"))), rs.getBoolean("hidden")))
                .list();
        return new Missing(invoices.stream()
                .filter(invoice -> !invoice.hidden() && invoice.invoice().status() != InvoiceStatus.APPROVED)
                .map(PeriodInvoice::invoice).toList(),
                (int) invoices.stream().filter(PeriodInvoice::hidden).count());
    }

    private record PeriodInvoice(NotApproved invoice, boolean hidden) {
    }
}
