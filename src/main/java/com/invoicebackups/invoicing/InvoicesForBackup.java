package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NotFound;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoices a backup carries, each with everything it shows of them, read in a fixed number of statements
 * whatever their number: access once, then the invoices with their lines, their contracts, schedules, companies,
 * periods and attachments, and the earlier invoices' figures summed by the database.
 */
@Service
@Transactional(readOnly = true)
public class InvoicesForBackup {

    private final SubcontractorInvoiceRepository invoices;
    private final AttachmentRepository attachments;
    private final ContractService contracts;
    private final CompanyService companies;
    private final BillingPeriodService periods;
    private final InvoiceGuard guard;
    private final JdbcClient jdbc;

    InvoicesForBackup(SubcontractorInvoiceRepository invoices, AttachmentRepository attachments,
                      ContractService contracts, CompanyService companies, BillingPeriodService periods,
                      InvoiceGuard guard, JdbcClient jdbc) {
        this.invoices = invoices;
        this.attachments = attachments;
        this.contracts = contracts;
        this.companies = companies;
        this.periods = periods;
        this.guard = guard;
        this.jdbc = jdbc;
    }

    /** The selected invoices of the project; one that is not there or that the user may not see is unknown. */
    public List<InvoiceForBackup> selected(long userId, long projectId, Collection<Long> invoiceIds) {
        InvoicingAccess access = guard.access(userId, projectId);
        Set<Long> wanted = new HashSet<>(invoiceIds);
        List<SubcontractorInvoiceEntity> found = wanted.isEmpty() ? List.of()
                : invoices.findWithLines(projectId, wanted);
        found.forEach(invoice -> wanted.remove(invoice.getId()));
        if (!wanted.isEmpty()) {
            throw new NotFound("invoice", wanted.iterator().next());
        }
        Map<Long, Subcontract> subcontracts = contracts.subcontractsById(subcontractIds(found));
        found.stream().filter(invoice -> !InvoiceGuard.sees(access.visibility(),
                        subcontracts.get(invoice.getSubcontractId()), invoice.getStatus()))
                .findFirst().ifPresent(hidden -> {
                    throw new NotFound("invoice", hidden.getId());
                });
        return withParts(found, subcontracts);
    }

    /**
     * The APPROVED invoices of a billing period that an owner backup carries; needs ADMIN on Prime Contracts. Privacy
     * wins over completeness: a private subcontract's invoices only for who may see it.
     */
    public List<InvoiceForBackup> approvedInPeriod(long userId, long projectId, long billingPeriodId) {
        InvoicingAccess access = guard.access(userId, projectId);
        if (!access.ownerTab()) {
            throw new AccessDeniedException("ADMIN on Prime Contracts needed");
        }
        List<SubcontractorInvoiceEntity> found = invoices.findWithLinesInPeriod(projectId, billingPeriodId,
                InvoiceStatus.APPROVED);
        Map<Long, Subcontract> subcontracts = contracts.subcontractsById(subcontractIds(found));
        Predicate<SubcontractorInvoiceEntity> carried = invoice -> access.visibility()
                .readsForOwnerBackups(subcontracts.get(invoice.getSubcontractId()));
        return withParts(found.stream().filter(carried).toList(), subcontracts);
    }

    private static Set<Long> subcontractIds(List<SubcontractorInvoiceEntity> found) {
        return found.stream().map(SubcontractorInvoiceEntity::getSubcontractId).collect(Collectors.toSet());
    }

    private List<InvoiceForBackup> withParts(List<SubcontractorInvoiceEntity> found, Map<Long, Subcontract> subcontracts) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = found.stream().map(SubcontractorInvoiceEntity::getId).collect(Collectors.toSet());
        Map<Long, List<SovLine>> schedules = contracts.subcontractSovs(subcontracts.keySet());
        Map<Long, Company> companyById = companies.companies(subcontracts.values().stream()
                .map(Subcontract::companyId).collect(Collectors.toSet()));
        Map<Long, BillingPeriod> periodById = periods.periods(found.stream()
                .map(SubcontractorInvoiceEntity::getBillingPeriodId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<Attachment>> attached = attachments.findBySubcontractorInvoiceIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(AttachmentEntity::getSubcontractorInvoiceId,
                        Collectors.mapping(AttachmentEntity::toRecord, Collectors.toList())));
        Map<Long, Map<Long, Money>> previousWork = previousWork(found);
        Map<Long, Money> previousCertificates = previousCertificates(ids);
        return found.stream().map(invoice -> {
            Subcontract subcontract = subcontracts.get(invoice.getSubcontractId());
            List<SovLine> schedule = schedules.getOrDefault(subcontract.id(), List.of());
            PayApplication application = PayApplication.calculate(schedule, subcontract.retainagePercent(),
                    previousWork.getOrDefault(invoice.getId(), Map.of()),
                    previousCertificates.getOrDefault(invoice.getId(), Money.ZERO), invoice.entries());
            return new InvoiceForBackup(invoice.toRecord(), subcontract, companyById.get(subcontract.companyId()).name(),
                    invoice.getBillingPeriodId() == null ? null : periodById.get(invoice.getBillingPeriodId()),
                    application, attached.getOrDefault(invoice.getId(), List.of()), schedule, invoice.signedDocument());
        }).toList();
    }

    /** One line of an earlier invoice: its contract, its position there, what it billed on which SOV line. */
    private record EarlierLine(long subcontractId, int position, long sovLineId, Money work) {
    }

    /**
     * Per invoice and SOV line, the work of the invoices before it on its contract (G703 column D): the earlier
     * invoices' lines read in one statement, then summed contract by contract in position order, so the cost grows
     * with the lines read, not with their square.
     */
    private Map<Long, Map<Long, Money>> previousWork(List<SubcontractorInvoiceEntity> found) {
        Map<Long, List<EarlierLine>> byContract = jdbc.sql("""
                        select e.subcontract_id, e.position, l.sov_line_id, l.work_this_period
                          from subcontractor_invoice e
                          join (select subcontract_id, max(position) as last from subcontractor_invoice
                                 where id in (:ids) group by subcontract_id) s
                            on s.subcontract_id = e.subcontract_id and e.position < s.last
                          join subcontractor_invoice_line l on l.invoice_id = e.id
                         order by e.subcontract_id, e.position""")
                .param("ids", found.stream().map(SubcontractorInvoiceEntity::getId).toList())
                .query((rs, row) -> new EarlierLine(rs.getLong("subcontract_id"), rs.getInt("position"),
                        rs.getLong("sov_line_id"), Money.of(rs.getBigDecimal("work_this_period"))))
                .list().stream().collect(Collectors.groupingBy(EarlierLine::subcontractId));
        Map<Long, Map<Long, Money>> work = new HashMap<>();
        found.stream().collect(Collectors.groupingBy(SubcontractorInvoiceEntity::getSubcontractId))
                .forEach((subcontractId, invoices) -> {
                    List<EarlierLine> lines = byContract.getOrDefault(subcontractId, List.of());
                    Map<Long, Money> sum = new HashMap<>();
                    int next = 0;
                    for (SubcontractorInvoiceEntity invoice : invoices.stream()
                            .sorted(java.util.Comparator.comparingInt(SubcontractorInvoiceEntity::getPosition)).toList()) {
                        for (; next < lines.size() && lines.get(next).position() < invoice.getPosition(); next++) {
                            sum.merge(lines.get(next).sovLineId(), lines.get(next).work(), Money::plus);
                        }
                        work.put(invoice.getId(), Map.copyOf(sum));
                    }
                });
        return work;
    }

    /** Per invoice, line 6 of the invoice before it on its contract (G702 line 7); none for a contract's first. */
    private Map<Long, Money> previousCertificates(Set<Long> ids) {
        Map<Long, Money> certificates = new HashMap<>();
        jdbc.sql("""
                        select i.id, e.earned_less_retainage
                          from subcontractor_invoice i
                          join subcontractor_invoice e on e.subcontract_id = i.subcontract_id
                               and e.position = (select max(p.position) from subcontractor_invoice p
                                                  where p.subcontract_id = i.subcontract_id and p.position < i.position)
                         where i.id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    certificates.put(rs.getLong("id"), Money.of(rs.getBigDecimal("earned_less_retainage")));
                });
        return certificates;
    }
}
