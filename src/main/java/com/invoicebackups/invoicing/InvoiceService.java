package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subcontractor and owner invoices: their lines, G702/G703 totals and signatures. */
@Service
@Transactional
public class InvoiceService {

    private final SubcontractorInvoiceRepository subcontractorInvoices;
    private final OwnerInvoiceRepository ownerInvoices;
    private final ContractService contracts;
    private final CompanyService companies;
    private final BillingPeriodService periods;
    private final InvoiceGuard guard;

    InvoiceService(SubcontractorInvoiceRepository subcontractorInvoices, OwnerInvoiceRepository ownerInvoices,
                   ContractService contracts, CompanyService companies, BillingPeriodService periods,
                   InvoiceGuard guard) {
        this.subcontractorInvoices = subcontractorInvoices;
        this.ownerInvoices = ownerInvoices;
        this.contracts = contracts;
        this.companies = companies;
        this.periods = periods;
        this.guard = guard;
    }

    /**
     * The subcontracts of these subcontractor invoices of the project, read at once: for a backup whose compile has
     * already opened each invoice as its requester.
     */
    @Transactional(readOnly = true)
    public Set<Long> subcontractsOf(long userId, long projectId, Collection<Long> invoiceIds) {
        access(userId, projectId);
        return subcontractorInvoices.findAllById(invoiceIds).stream()
                .filter(invoice -> invoice.getProjectId() == projectId)
                .map(SubcontractorInvoiceEntity::getSubcontractId)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public InvoicingAccess access(long userId, long projectId) {
        return guard.access(userId, projectId);
    }

    /** Adds the next invoice on a subcontract; its position and totals follow from the invoices before it. */
    public SubcontractorInvoice createSubcontractorInvoice(NewSubcontractorInvoice invoice) {
        Subcontract subcontract = contracts.subcontractById(invoice.subcontractId());
        List<SubcontractorInvoiceEntity> earlier = subcontractorInvoices.findBySubcontractIdOrderByPosition(subcontract.id());
        SubcontractorInvoiceEntity entity = new SubcontractorInvoiceEntity(subcontract,
                companies.company(subcontract.companyId()).name(), period(invoice.billingPeriodId()), earlier.size() + 1,
                invoice);
        PayApplication application = after(earlier, contracts.subcontractSov(subcontract.id()),
                subcontract.retainagePercent(), invoice.lines());
        entity.replaceLines(invoice.lines(), application.summary());
        return subcontractorInvoices.save(entity).toRecord();
    }

    public OwnerInvoice createOwnerInvoice(NewOwnerInvoice invoice) {
        PrimeContract contract = contracts.primeContractById(invoice.primeContractId());
        List<OwnerInvoiceEntity> earlier = ownerInvoices.findByPrimeContractIdOrderByPosition(contract.id());
        OwnerInvoiceEntity entity = new OwnerInvoiceEntity(contract, period(invoice.billingPeriodId()), earlier.size() + 1,
                invoice);
        PayApplication application = after(earlier, contracts.primeContractSov(contract.id()),
                contract.retainagePercent(), invoice.lines());
        entity.replaceLines(invoice.lines(), application.summary());
        return ownerInvoices.saveAndFlush(entity).toRecord();
    }

    private BillingPeriod period(Long periodId) {
        return periodId == null ? null : periods.period(periodId);
    }

    /** The G702/G703 figures of a subcontractor invoice the user may see. */
    @Transactional(readOnly = true)
    public PayApplication payApplication(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = visibleInvoice(userId, invoiceId);
        return recalculate(invoice, invoice.entries());
    }

    /** The G702/G703 figures of an owner invoice; needs ADMIN on Prime Contracts. */
    @Transactional(readOnly = true)
    public PayApplication ownerPayApplication(long userId, long ownerInvoiceId) {
        OwnerInvoiceEntity invoice = visibleOwnerInvoice(userId, ownerInvoiceId);
        return recalculate(invoice, invoice.entries());
    }

    /**
     * The figures an invoice of either kind would show with these lines, after the invoices before it on its contract
     * (for an owner invoice, its prime contract).
     */
    PayApplication recalculate(AbstractInvoiceEntity invoice, List<PayApplication.Entry> entries) {
        if (invoice instanceof OwnerInvoiceEntity owner) {
            PrimeContract contract = contracts.primeContractById(owner.getPrimeContractId());
            return after(before(invoice, ownerInvoices.findByPrimeContractIdOrderByPosition(contract.id())),
                    contracts.primeContractSov(contract.id()), contract.retainagePercent(), entries);
        }
        Subcontract subcontract = contracts.subcontractById(((SubcontractorInvoiceEntity) invoice).getSubcontractId());
        return after(before(invoice, subcontractorInvoices.findBySubcontractIdOrderByPosition(subcontract.id())),
                contracts.subcontractSov(subcontract.id()), subcontract.retainagePercent(), entries);
    }

    /** Per SOV line, the work of the invoices after this one on its contract. */
    Map<Long, Money> laterWork(AbstractInvoiceEntity invoice) {
        List<? extends AbstractInvoiceEntity> onContract = invoice instanceof OwnerInvoiceEntity owner
                ? ownerInvoices.findByPrimeContractIdOrderByPosition(owner.getPrimeContractId())
                : subcontractorInvoices.findBySubcontractIdOrderByPosition(
                        ((SubcontractorInvoiceEntity) invoice).getSubcontractId());
        return previousWork(onContract.stream().filter(other -> other.getPosition() > invoice.getPosition()).toList());
    }

    @Transactional(readOnly = true)
    public OwnerInvoice ownerInvoice(long userId, long ownerInvoiceId) {
        return visibleOwnerInvoice(userId, ownerInvoiceId).toRecord();
    }

    /** The APPROVED subcontractor invoices of one billing period, for the owner backup. */
    @Transactional(readOnly = true)
    public List<SubcontractorInvoice> approvedInPeriod(long userId, long projectId, long billingPeriodId) {
        InvoicingAccess access = access(userId, projectId);
        if (!access.ownerTab()) {
            throw new AccessDeniedException("ADMIN on Prime Contracts needed");
        }
        // privacy wins over completeness: a private subcontract's invoices only for who may see it
        return subcontractorInvoices.findByProjectIdAndBillingPeriodIdAndStatus(projectId, billingPeriodId,
                        InvoiceStatus.APPROVED).stream()
                .filter(invoice -> access.visibility().readsForOwnerBackups(
                        contracts.subcontractById(invoice.getSubcontractId())))
                .map(SubcontractorInvoiceEntity::toRecord).toList();
    }

    OwnerInvoiceEntity visibleOwnerInvoice(long userId, long ownerInvoiceId) {
        return guard.ownerInvoice(userId, ownerInvoiceId).invoice();
    }

    @Transactional(readOnly = true)
    public SubcontractorInvoice subcontractorInvoice(long userId, long invoiceId) {
        return visibleInvoice(userId, invoiceId).toRecord();
    }

    SubcontractorInvoiceEntity visibleInvoice(long userId, long invoiceId) {
        return guard.subcontractorInvoice(userId, invoiceId).invoice();
    }

    /** Of a contract's invoices in position order, those before {@code invoice}. */
    private static List<? extends AbstractInvoiceEntity> before(AbstractInvoiceEntity invoice,
                                                                List<? extends AbstractInvoiceEntity> onContract) {
        return onContract.stream().filter(other -> other.getPosition() < invoice.getPosition()).toList();
    }

    /** The G702/G703 figures of these lines on a contract, after its invoices {@code earlier} (in position order). */
    private static PayApplication after(List<? extends AbstractInvoiceEntity> earlier, List<SovLine> sov,
                                        BigDecimal retainagePercent, List<PayApplication.Entry> entries) {
        return PayApplication.calculate(sov, retainagePercent, previousWork(earlier), previousCertificates(earlier),
                entries);
    }

    private static Map<Long, Money> previousWork(List<? extends AbstractInvoiceEntity> earlier) {
        Map<Long, Money> work = new HashMap<>();
        earlier.forEach(invoice -> invoice.entries()
                .forEach(entry -> work.merge(entry.sovLineId(), entry.thisPeriod(), Money::plus)));
        return work;
    }

    private static Money previousCertificates(List<? extends AbstractInvoiceEntity> earlier) {
        return earlier.isEmpty() ? Money.ZERO : Money.of(earlier.getLast().getEarnedLessRetainage());
    }
}
