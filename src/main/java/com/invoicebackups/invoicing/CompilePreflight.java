package com.invoicebackups.invoicing;

import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The blocking checks before a compile (SPEC 4.1): every selected invoice needs a billing period, and
 * every earlier period its contract has been invoiced in must be CLOSED. Lists every offender at once
 * so the user reads one message.
 */
@Service
public class CompilePreflight {

    /** One offending contract and period; {@code periodNumber} is null when the invoice has no period. */
    public record Problem(String contractNumber, String invoiceNumber, Integer periodNumber, LocalDate periodStart,
                          LocalDate periodEnd, Kind kind) {
    }

    public enum Kind { MISSING_PERIOD, EARLIER_PERIOD_OPEN }

    private final JdbcClient jdbc;
    private final ProjectService projects;

    CompilePreflight(JdbcClient jdbc, ProjectService projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    public List<Problem> problems(long userId, long projectId, Collection<Long> invoiceIds) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(jdbc.sql("""
                        select s.number_sort_key, s.number, i.number as invoice_number from subcontractor_invoice i
                          join subcontract s on s.id = i.subcontract_id
                         where i.project_id = :project and i.id in (:ids) and i.billing_period_id is null
                         order by s.number_sort_key, i.position""")
                .param("project", projectId).param("ids", invoiceIds)
                .query((rs, row) -> new Problem(rs.getString("number"), rs.getString("invoice_number"), null, null, null,
                        Kind.MISSING_PERIOD))
                .list());
        problems.addAll(jdbc.sql("""
                        select distinct s.number_sort_key, s.number, ep.number as period_number, ep.start_date, ep.end_date
                          from subcontractor_invoice i
                          join subcontract s on s.id = i.subcontract_id
                          join billing_period p on p.id = i.billing_period_id
                          join subcontractor_invoice e on e.subcontract_id = i.subcontract_id
                          join billing_period ep on ep.id = e.billing_period_id
                         where i.project_id = :project and i.id in (:ids)
                           and ep.start_date < p.start_date and ep.status <> 'CLOSED'
                         order by s.number_sort_key, ep.start_date""")
                .param("project", projectId).param("ids", invoiceIds)
                .query((rs, row) -> new Problem(rs.getString("number"), null, rs.getInt("period_number"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                        Kind.EARLIER_PERIOD_OPEN))
                .list());
        return problems;
    }
}
