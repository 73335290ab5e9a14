package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's document rules, and what they find on a selection of subcontractor invoices before a compile: each
 * invoice that is not approved, each required document that is missing, each insurance certificate expired on the
 * invoice's billing date, with or without rules (and one whose expiry is not known when one is required). A finding
 * blocks the compile when its rule (or, for an invoice not approved, the project's approval setting) says so.
 */
@Service
public class DocumentRules {

    /** UNCONFIRMED: a document without a type, or with a guessed one, that could be a MISSING one. */
    public enum Kind { NOT_APPROVED, MISSING, UNCONFIRMED, EXPIRED, NO_EXPIRY }

    /**
     * {@code checkedOn}: the billing date (else the period's end) checked against; {@code fileName} and
     * {@code expiresOn}: the certificate, for EXPIRED and NO_EXPIRY; {@code expiryConfirmed}: a person confirmed
     * that date (else it was only read from the certificate). {@code documentType} is null for NOT_APPROVED, and
     * for UNCONFIRMED the guessed type or null.
     */
    public record Finding(String contractNumber, String invoiceNumber, InvoiceStatus invoiceStatus, Kind kind,
                          DocumentType documentType,
                          String fileName, LocalDate checkedOn, LocalDate expiresOn, boolean expiryConfirmed,
                          boolean blocking) {
    }

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ContractService contracts;

    DocumentRules(JdbcClient jdbc, ProjectService projects, ContractService contracts) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.contracts = contracts;
    }

    /** One invoice as its row has it, but for its documents and whether its subcontract is prevailing-wage work. */
    private record Checked(long subcontractId, String contract, String invoice, InvoiceStatus status, boolean later,
                           LocalDate date) {
    }

    /** The project's rules in the order they were set; any member may read them. */
    public List<DocumentRule> rules(long userId, long projectId) {
        projects.access(userId, projectId);
        return rules(projectId);
    }

    /** Whether a selected invoice that is not approved blocks the compile (else it is a warning); for any member. */
    public boolean unapprovedBlocks(long userId, long projectId) {
        projects.access(userId, projectId);
        return unapprovedBlocks(projectId);
    }

    /** Replaces the project's rules and sets whether invoices not approved block the compile (see below). */
    @Transactional
    public List<DocumentRule> save(long userId, long projectId, List<DocumentRule> rules, boolean unapprovedBlocks) {
        List<DocumentRule> saved = save(userId, projectId, rules);
        jdbc.sql("delete from approval_rule where project_id = ?").param(projectId).update();
        jdbc.sql("insert into approval_rule (project_id, blocking) values (?, ?)").param(projectId)
                .param(unapprovedBlocks).update();
        return saved;
    }

    /** Replaces the project's rules; for ADMIN on Commitments. Duplicates of one type and scope are kept once. */
    @Transactional
    public List<DocumentRule> save(long userId, long projectId, List<DocumentRule> rules) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        Map<String, DocumentRule> distinct = new LinkedHashMap<>();
        rules.forEach(rule -> distinct.putIfAbsent(rule.documentType() + "/" + rule.appliesTo(), rule));
        jdbc.sql("delete from document_rule where project_id = ?").param(projectId).update();
        int position = 0;
        for (DocumentRule rule : distinct.values()) {
            jdbc.sql("""
                            insert into document_rule (project_id, position, document_type, applies_to, blocking)
                            values (:project, :position, :type, :appliesTo, :blocking)""")
                    .param("project", projectId).param("position", position++)
                    .param("type", rule.documentType().name()).param("appliesTo", rule.appliesTo().name())
                    .param("blocking", rule.blocking()).update();
        }
        return rules(projectId);
    }

    boolean any(long projectId) {
        return jdbc.sql("select count(*) from document_rule where project_id = ?").param(projectId)
                .query(Integer.class).single() > 0;
    }

    /** What the rules find on these invoices, in contract and invoice order; for ADMIN on Commitments. */
    public List<Finding> findings(long userId, long projectId, Collection<Long> invoiceIds) {
        return findings(userId, projectId, invoiceIds, java.util.Set.of());
    }

    /** As above, as if the attachments {@code leftOut} (left out of this compile) were not there. */
    public List<Finding> findings(long userId, long projectId, Collection<Long> invoiceIds,
                                  java.util.Set<Long> leftOut) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        return evaluate(projectId, invoiceIds, leftOut);
    }

    /**
     * What the rules find on the subcontractor invoices an owner backup carries, for ADMIN on Prime Contracts
     * (the caller has them from the invoices that user may see).
     */
    public List<Finding> carriedFindings(long userId, long projectId, Collection<Long> invoiceIds,
                                         java.util.Set<Long> leftOut) {
        projects.access(userId, projectId).require(Tool.PRIME_CONTRACTS, Permission.ADMIN);
        return evaluate(projectId, invoiceIds, leftOut);
    }

    private List<Finding> evaluate(long projectId, Collection<Long> invoiceIds, java.util.Set<Long> leftOut) {
        List<DocumentRule> rules = rules(projectId);
        // no shortcut for a project without rules: invoices not approved and expired certificates are found all the same
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        boolean unapprovedBlocks = unapprovedBlocks(projectId);
        Map<Long, Checked> invoices = new LinkedHashMap<>();
        Map<Long, List<CheckedInvoice.Held>> documents = new HashMap<>();
        jdbc.sql("""
                        select i.id, i.subcontract_id, i.contract_number as contract, i.number as invoice, i.status,
                               coalesce(i.billing_date, i.billing_period_end) as checked_on,
                               exists (select 1 from subcontractor_invoice e
                                        where e.subcontract_id = i.subcontract_id and e.position < i.position) as later,
                               a.id as attachment_id, a.document_type, a.type_confirmed, a.file_name,
                               a.expires_on, a.expiry_confirmed
                          from subcontractor_invoice i
                          left join attachment a on a.subcontractor_invoice_id = i.id
                         where i.project_id = :project and i.id in (:ids)
                         order by i.contract_sort_key, i.position, a.position""")
                .param("project", projectId).param("ids", invoiceIds)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!invoices.containsKey(id)) {
                        java.sql.Date date = rs.getDate("checked_on");
                        invoices.put(id, new Checked(rs.getLong("subcontract_id"), rs.getString("contract"),
                                rs.getString("invoice"), InvoiceStatus.valueOf(rs.getString("status")),
                                rs.getBoolean("later"), date == null ? null : date.toLocalDate()));
                        documents.put(id, new ArrayList<>());
                    }
                    if (rs.getObject("attachment_id") != null && !leftOut.contains(rs.getLong("attachment_id"))) {
                        java.sql.Date expires = rs.getDate("expires_on");
                        String type = rs.getString("document_type");
                        documents.get(id).add(new CheckedInvoice.Held(type == null ? null : DocumentType.valueOf(type),
                                rs.getBoolean("type_confirmed"), rs.getString("file_name"),
                                expires == null ? null : expires.toLocalDate(), rs.getBoolean("expiry_confirmed")));
                    }
                });
        // the contract module says which subcontracts are prevailing-wage work, asked only when a rule wants to know
        boolean byPrevailingWage = rules.stream()
                .anyMatch(rule -> rule.appliesTo() == DocumentRule.AppliesTo.PREVAILING_WAGE);
        Map<Long, Subcontract> subcontracts = byPrevailingWage ? contracts.subcontractsById(invoices.values().stream()
                .map(Checked::subcontractId).collect(Collectors.toSet())) : Map.of();
        List<Finding> findings = new ArrayList<>();
        invoices.forEach((id, invoice) -> findings.addAll(new CheckedInvoice(invoice.contract(), invoice.invoice(),
                invoice.status(), byPrevailingWage && subcontracts.get(invoice.subcontractId()).prevailingWage(),
                invoice.later(), invoice.date(), documents.get(id)).findings(rules, unapprovedBlocks)));
        return findings;
    }

    private boolean unapprovedBlocks(long projectId) {
        return jdbc.sql("select blocking from approval_rule where project_id = ?").param(projectId)
                .query(Boolean.class).optional().orElse(false);
    }

    private List<DocumentRule> rules(long projectId) {
        return jdbc.sql("select document_type, applies_to, blocking from document_rule where project_id = ? order by position")
                .param(projectId)
                .query((rs, row) -> new DocumentRule(DocumentType.valueOf(rs.getString("document_type")),
                        DocumentRule.AppliesTo.valueOf(rs.getString("applies_to")), rs.getBoolean("blocking")))
                .list();
    }
}
