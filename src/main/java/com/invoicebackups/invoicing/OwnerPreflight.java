package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.SubcontractVisibility;
import com.invoicebackups.project.ProjectService;
import java.time.LocalDate;
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
    private final BillingPeriodService periods;

    OwnerPreflight(JdbcClient jdbc, ProjectService projects, ContractService contracts, BillingPeriodService periods) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.contracts = contracts;
        this.periods = periods;
    }

    /** A prime contract of the selection and the start of the latest period it is invoiced in there. */
    private record LatestPeriod(String contractNumber, LocalDate start) {
    }

    public List<CompilePreflight.Problem> problems(long userId, long projectId, Collection<Long> ownerInvoiceIds) {
        projects.access(userId, projectId).requireCompiles(true);
        if (ownerInvoiceIds.isEmpty()) {
            return List.of();
        }
        List<CompilePreflight.Problem> problems = new ArrayList<>(jdbc.sql("""
                        select i.contract_number, i.number as invoice_number from owner_invoice i
                         where i.project_id = :project and i.id in (:ids) and i.billing_period_id is null
                         order by i.contract_sort_key, i.position""")
                .param("project", projectId).param("ids", ownerInvoiceIds)
                .query((rs, row) -> CompilePreflight.Problem.missingPeriod(rs.getString("contract_number"),
                        rs.getString("invoice_number")))
                .list());
        List<LatestPeriod> latest = jdbc.sql("""
                        select i.contract_sort_key, i.contract_number, max(i.billing_period_start) as latest_start
                          from owner_invoice i
                         where i.project_id = :project and i.id in (:ids) and i.billing_period_start is not null
                         group by i.contract_sort_key, i.contract_number
                         order by i.contract_sort_key""")
                .param("project", projectId).param("ids", ownerInvoiceIds)
                .query((rs, row) -> new LatestPeriod(rs.getString("contract_number"),
                        rs.getDate("latest_start").toLocalDate()))
                .list();
        List<BillingPeriod> open = latest.isEmpty() ? List.of() : periods.periodsOf(projectId).stream()
                .filter(period -> period.status() != PeriodStatus.CLOSED).toList();
        for (LatestPeriod contract : latest) {
            open.stream().filter(period -> period.startDate().isBefore(contract.start()))
                    .forEach(period -> problems.add(
                            CompilePreflight.Problem.earlierPeriodOpen(contract.contractNumber(), period)));
        }
        return problems;
    }

    /** The subcontractor invoices of the owner invoices' billing periods that their backups will not hold. */
    public Missing missing(long userId, long projectId, Collection<Long> ownerInvoiceIds) {
        projects.access(userId, projectId).requireCompiles(true);
        if (ownerInvoiceIds.isEmpty()) {
            return new Missing(List.of(), 0);
        }
        SubcontractVisibility.Condition named = contracts.visibility(userId, projectId)
                .readForOwnerBackups("i.subcontract_id");
        List<Object> parameters = new ArrayList<>(named.parameters());
        parameters.add(projectId);
        parameters.add(projectId);
        parameters.addAll(ownerInvoiceIds);
        List<PeriodInvoice> invoices = jdbc.sql("""
                        select i.billing_period_number as period_number, i.contract_number as contract,
                               i.number as invoice, i.status, not (%s) as hidden
                          from subcontractor_invoice i
                         where i.project_id = ?
                           and i.billing_period_id in (select billing_period_id from owner_invoice
                                                        where project_id = ? and id in (%s))
                         order by i.billing_period_start, i.contract_sort_key, i.position"""
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
