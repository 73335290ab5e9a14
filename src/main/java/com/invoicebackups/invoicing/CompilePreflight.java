package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The blocking checks before a compile: every selected invoice needs a billing period, and
 * every earlier period its contract has been invoiced in must be CLOSED. Lists every offender at once
 * so the user reads one message.
 */
@Service
public class CompilePreflight {

    /** One offending contract and period; {@code periodNumber} is null when the invoice has no period. */
    public record Problem(String contractNumber, String invoiceNumber, Integer periodNumber, LocalDate periodStart,
                          LocalDate periodEnd, Kind kind) {

        /** An invoice of the selection without a billing period. */
        static Problem missingPeriod(String contractNumber, String invoiceNumber) {
            return new Problem(contractNumber, invoiceNumber, null, null, null, Kind.MISSING_PERIOD);
        }

        /** A billing period before the selection's on one of its contracts that is not CLOSED yet. */
        static Problem earlierPeriodOpen(String contractNumber, BillingPeriod period) {
            return new Problem(contractNumber, null, period.number(), period.startDate(), period.endDate(),
                    Kind.EARLIER_PERIOD_OPEN);
        }
    }

    public enum Kind { MISSING_PERIOD, EARLIER_PERIOD_OPEN }

    /** Something the user may compile anyway: a file that will not merge, or missing backup. */
    public record Warning(String contractNumber, String invoiceNumber, String fileName, WarningKind kind) {
    }

    /** UNCONFIRMED_TYPE: a document without a type, or guessed a waiver, on an invoice with NO_LIEN_WAIVER. */
    public enum WarningKind { NOT_MERGEABLE, ENCRYPTED, DAMAGED, REPAIRED, NO_ATTACHMENTS, NO_LIEN_WAIVER, UNCONFIRMED_TYPE }

    /** The non-blocking warnings for a selection, in contract and invoice order. */
    public List<Warning> warnings(long userId, long projectId, Collection<Long> invoiceIds) {
        return warnings(userId, projectId, invoiceIds, java.util.Set.of());
    }

    /** As above, as if the attachments {@code leftOut} (left out of this compile) were not there. */
    public List<Warning> warnings(long userId, long projectId, Collection<Long> invoiceIds, java.util.Set<Long> leftOut) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        List<Warning> warnings = new ArrayList<>();
        // the project's own document rules, when it has any, say which waivers are wanted
        boolean waiverByDefault = !rules.any(projectId);
        jdbc.sql("""
                        select i.contract_number as contract, i.number as invoice, a.id as attachment_id, a.file_name,
                               a.inspection, a.document_type, a.type_confirmed
                          from subcontractor_invoice i
                          left join attachment a on a.subcontractor_invoice_id = i.id
                         where i.project_id = :project and i.id in (:ids)
                         order by i.contract_sort_key, i.position, a.position""")
                .param("project", projectId).param("ids", invoiceIds)
                .query((rs, row) -> leftOut.contains(rs.getLong("attachment_id"))
                        ? new String[] {rs.getString("contract"), rs.getString("invoice"), null, null, null, null}
                        : new String[] {rs.getString("contract"), rs.getString("invoice"),
                        rs.getString("file_name"), rs.getString("inspection"), rs.getString("document_type"),
                        String.valueOf(rs.getBoolean("type_confirmed"))})
                .list().stream()
                .collect(java.util.stream.Collectors.groupingBy(row -> row[0] + "\u0000" + row[1],
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .forEach((key, rows) -> {
                    String contract = rows.getFirst()[0];
                    String invoice = rows.getFirst()[1];
                    List<String[]> kept = rows.stream().filter(row -> row[2] != null).toList();
                    if (kept.isEmpty()) {
                        warnings.add(new Warning(contract, invoice, null, WarningKind.NO_ATTACHMENTS));
                        return;
                    }
                    for (String[] row : kept) {
                        switch (FileInspection.valueOf(row[3])) {
                            case NOT_MERGEABLE -> warnings.add(new Warning(contract, invoice, row[2], WarningKind.NOT_MERGEABLE));
                            case PDF_ENCRYPTED -> warnings.add(new Warning(contract, invoice, row[2], WarningKind.ENCRYPTED));
                            case PDF_DAMAGED -> warnings.add(new Warning(contract, invoice, row[2], WarningKind.DAMAGED));
                            case PDF_REPAIRED -> warnings.add(new Warning(contract, invoice, row[2], WarningKind.REPAIRED));
                            default -> { }
                        }
                    }
                    // a waiver counts once a person set or confirmed its type
                    if (waiverByDefault && kept.stream().noneMatch(row -> waiver(row[4]) && Boolean.parseBoolean(row[5]))) {
                        warnings.add(new Warning(contract, invoice, null, WarningKind.NO_LIEN_WAIVER));
                        kept.stream().filter(row -> !Boolean.parseBoolean(row[5]) && (row[4] == null || waiver(row[4])))
                                .forEach(row -> warnings.add(new Warning(contract, invoice, row[2],
                                        WarningKind.UNCONFIRMED_TYPE)));
                    }
                });
        return warnings;
    }

    private static boolean waiver(String type) {
        return DocumentType.LIEN_WAIVER.name().equals(type) || DocumentType.UNCONDITIONAL_LIEN_WAIVER.name().equals(type);
    }

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final DocumentRules rules;
    private final BillingPeriodService periods;

    CompilePreflight(JdbcClient jdbc, ProjectService projects, DocumentRules rules, BillingPeriodService periods) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.rules = rules;
        this.periods = periods;
    }

    /** A contract of the selection and a period it was invoiced in before a selected invoice's period. */
    private record EarlierPeriod(String contractNumber, long periodId) {
    }

    public List<Problem> problems(long userId, long projectId, Collection<Long> invoiceIds) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(jdbc.sql("""
                        select i.contract_number, i.number as invoice_number from subcontractor_invoice i
                         where i.project_id = :project and i.id in (:ids) and i.billing_period_id is null
                         order by i.contract_sort_key, i.position""")
                .param("project", projectId).param("ids", invoiceIds)
                .query((rs, row) -> Problem.missingPeriod(rs.getString("contract_number"),
                        rs.getString("invoice_number")))
                .list());
        // the periods the selection's contracts were invoiced in before a selected invoice's period; which of them
        // are still open, the billing calendar says
        List<EarlierPeriod> earlier = jdbc.sql("""
                        select distinct i.contract_sort_key, i.contract_number, e.billing_period_id, e.billing_period_start
                          from subcontractor_invoice i
                          join subcontractor_invoice e on e.subcontract_id = i.subcontract_id
                         where i.project_id = :project and i.id in (:ids)
                           and e.billing_period_start < i.billing_period_start
                         order by i.contract_sort_key, e.billing_period_start""")
                .param("project", projectId).param("ids", invoiceIds)
                .query((rs, row) -> new EarlierPeriod(rs.getString("contract_number"), rs.getLong("billing_period_id")))
                .list();
        Map<Long, BillingPeriod> byId = earlier.isEmpty() ? Map.of()
                : periods.periods(earlier.stream().map(EarlierPeriod::periodId).collect(Collectors.toSet()));
        for (EarlierPeriod row : earlier) {
            BillingPeriod period = byId.get(row.periodId());
            if (period.status() != PeriodStatus.CLOSED) {
                problems.add(Problem.earlierPeriodOpen(row.contractNumber(), period));
            }
        }
        return problems;
    }
}
