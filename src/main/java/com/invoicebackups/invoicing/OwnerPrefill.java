package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.RuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an owner invoice's period from the APPROVED subcontractor invoices of the same billing period: each prime
 * line's work this period and materials stored are the sums of the subcontractor lines that share its cost code.
 * It says which invoices make up each figure, which subcontractor amounts found no prime line, and which invoices of
 * the period are not approved yet. Only the subcontractor invoices the user may carry in owner backups count.
 */
@Service
@Transactional
public class OwnerPrefill {

    /** One prime line as filled, and the subcontractor invoices (contract and number) whose lines make it up. */
    public record LineFill(String itemNumber, String description, String costCode, Money thisPeriod,
                           Money materialsStored, List<String> from) {
    }

    /** A subcontractor line with an amount and no prime line of its cost code. */
    public record Unmatched(String contractNumber, String invoiceNumber, String itemNumber, String costCode,
                            Money thisPeriod, Money materialsStored) {
    }

    public record Result(List<LineFill> lines, List<Unmatched> unmatched, List<OwnerPreflight.NotApproved> notApproved,
                         InvoiceDetail detail) {
    }

    private final InvoiceGuard guard;
    private final InvoiceDetailService details;
    private final SubcontractorInvoiceRepository subcontractorInvoices;
    private final ContractService contracts;
    private final OwnerPreflight preflight;

    OwnerPrefill(InvoiceGuard guard, InvoiceDetailService details, SubcontractorInvoiceRepository subcontractorInvoices,
                 ContractService contracts, OwnerPreflight preflight) {
        this.guard = guard;
        this.details = details;
        this.subcontractorInvoices = subcontractorInvoices;
        this.contracts = contracts;
        this.preflight = preflight;
    }

    /** Fills and saves the owner invoice's lines, all or nothing; refused with the reason when nothing can be filled. */
    public Result fill(long userId, long ownerInvoiceId, long expectedVersion) {
        InvoiceGuard.Guarded<OwnerInvoiceEntity> guarded = guard.ownerInvoice(userId, ownerInvoiceId)
                .require(InvoiceRights::editLines);
        OwnerInvoiceEntity owner = guarded.invoice();
        if (owner.getBillingPeriodId() == null) {
            throw new RuleViolation("owner.prefill.no-period");
        }
        List<SovLine> prime = contracts.primeContractSov(owner.getPrimeContractId());
        Map<String, SovLine> byCostCode = new LinkedHashMap<>();
        prime.stream().filter(line -> line.costCode() != null && !line.costCode().isBlank())
                .forEach(line -> byCostCode.putIfAbsent(key(line.costCode()), line));
        Map<Long, Money> work = new LinkedHashMap<>();
        Map<Long, Money> stored = new LinkedHashMap<>();
        Map<Long, TreeSet<String>> from = new LinkedHashMap<>();
        List<Unmatched> unmatched = new ArrayList<>();
        List<SubcontractorInvoiceEntity> approved = subcontractorInvoices.findByProjectIdAndBillingPeriodIdAndStatus(
                owner.getProjectId(), owner.getBillingPeriodId(), InvoiceStatus.APPROVED);
        int carried = 0;
        for (SubcontractorInvoiceEntity invoice : approved) {
            Subcontract subcontract = contracts.subcontractById(invoice.getSubcontractId());
            if (!guarded.access().visibility().readsForOwnerBackups(subcontract)) {
                continue;
            }
            carried++;
            Map<Long, SovLine> schedule = new LinkedHashMap<>();
            contracts.subcontractSov(subcontract.id()).forEach(line -> schedule.put(line.id(), line));
            for (PayApplication.Entry entry : invoice.entries()) {
                if (entry.thisPeriod().isZero() && entry.materialsStored().isZero()) {
                    continue;
                }
                SovLine line = schedule.get(entry.sovLineId());
                SovLine target = line == null || line.costCode() == null ? null : byCostCode.get(key(line.costCode()));
                if (target == null) {
                    unmatched.add(new Unmatched(subcontract.number(), invoice.getNumber(),
                            line == null ? "" : line.itemNumber(), line == null ? null : line.costCode(),
                            entry.thisPeriod(), entry.materialsStored()));
                    continue;
                }
                work.merge(target.id(), entry.thisPeriod(), Money::plus);
                stored.merge(target.id(), entry.materialsStored(), Money::plus);
                from.computeIfAbsent(target.id(), id -> new TreeSet<>()).add(subcontract.number() + " " + invoice.getNumber());
            }
        }
        if (carried == 0) {
            throw new RuleViolation("owner.prefill.no-approved");
        }
        if (work.isEmpty()) {
            throw new RuleViolation("owner.prefill.no-match", unmatched.size());
        }
        List<InvoiceEdit.LineAmounts> amounts = prime.stream()
                .filter(line -> work.containsKey(line.id()))
                .map(line -> new InvoiceEdit.LineAmounts(line.id(), work.get(line.id()), stored.get(line.id())))
                .toList();
        InvoiceDetail saved = details.save(userId, InvoiceRef.owner(ownerInvoiceId), expectedVersion,
                new InvoiceEdit(owner.getNumber(), owner.getBillingDate(), owner.getComment(), amounts));
        List<LineFill> lines = prime.stream().filter(line -> work.containsKey(line.id()))
                .map(line -> new LineFill(line.itemNumber(), line.description(), line.costCode(), work.get(line.id()),
                        stored.get(line.id()), List.copyOf(from.get(line.id()))))
                .toList();
        return new Result(lines, unmatched, preflight.missing(userId, owner.getProjectId(), List.of(ownerInvoiceId))
                .notApproved(), saved);
    }

    private static String key(String costCode) {
        return costCode.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
