package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.project.ProjectAccess;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NotFound;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final ProjectService projects;
    private final DocumentStore documents;

    InvoiceService(SubcontractorInvoiceRepository subcontractorInvoices, OwnerInvoiceRepository ownerInvoices,
                   ContractService contracts, ProjectService projects, DocumentStore documents) {
        this.subcontractorInvoices = subcontractorInvoices;
        this.ownerInvoices = ownerInvoices;
        this.contracts = contracts;
        this.projects = projects;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public InvoicingAccess access(long userId, long projectId) {
        ProjectAccess access = projects.access(userId, projectId);
        Set<Long> contacts = contracts.invoiceContactSubcontracts(userId, projectId);
        return new InvoicingAccess(projectId, userId, access.isAdmin(Tool.COMMITMENTS),
                access.isAdmin(Tool.PRIME_CONTRACTS), contacts);
    }

    /** Adds the next invoice on a subcontract; its position and totals follow from the invoices before it. */
    public SubcontractorInvoice createSubcontractorInvoice(NewSubcontractorInvoice invoice) {
        Subcontract subcontract = contracts.subcontractById(invoice.subcontractId());
        List<SubcontractorInvoiceEntity> earlier = subcontractorInvoices.findBySubcontractIdOrderByPosition(subcontract.id());
        SubcontractorInvoiceEntity entity = new SubcontractorInvoiceEntity(subcontract.projectId(), subcontract.id(),
                subcontract.number(), earlier.size() + 1, invoice);
        PayApplication application = PayApplication.calculate(contracts.subcontractSov(subcontract.id()),
                subcontract.retainagePercent(), previousWork(earlier), previousCertificates(earlier), invoice.lines());
        entity.replaceLines(invoice.lines(), application.summary());
        return subcontractorInvoices.save(entity).toRecord();
    }

    public OwnerInvoice createOwnerInvoice(NewOwnerInvoice invoice) {
        PrimeContract contract = contracts.primeContractById(invoice.primeContractId());
        List<OwnerInvoiceEntity> earlier = ownerInvoices.findByPrimeContractIdOrderByPosition(contract.id());
        OwnerInvoiceEntity entity = new OwnerInvoiceEntity(contract.projectId(), contract.id(), earlier.size() + 1, invoice);
        PayApplication application = PayApplication.calculate(contracts.primeContractSov(contract.id()),
                contract.retainagePercent(), previousWork(earlier), previousCertificates(earlier), invoice.lines());
        entity.replaceLines(invoice.lines(), application.summary());
        return ownerInvoices.save(entity).toRecord();
    }

    /** The G702/G703 figures of a subcontractor invoice the user may see. */
    @Transactional(readOnly = true)
    public PayApplication payApplication(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = visibleInvoice(userId, invoiceId);
        Subcontract subcontract = contracts.subcontractById(invoice.getSubcontractId());
        List<SubcontractorInvoiceEntity> earlier = subcontractorInvoices
                .findBySubcontractIdOrderByPosition(subcontract.id()).stream()
                .filter(other -> other.getPosition() < invoice.getPosition())
                .toList();
        return PayApplication.calculate(contracts.subcontractSov(subcontract.id()), subcontract.retainagePercent(),
                previousWork(earlier), previousCertificates(earlier), invoice.entries());
    }

    /** The G702/G703 figures of an owner invoice; needs ADMIN on Prime Contracts. */
    @Transactional(readOnly = true)
    public PayApplication ownerPayApplication(long userId, long ownerInvoiceId) {
        OwnerInvoiceEntity invoice = visibleOwnerInvoice(userId, ownerInvoiceId);
        PrimeContract contract = contracts.primeContractById(invoice.getPrimeContractId());
        List<OwnerInvoiceEntity> earlier = ownerInvoices.findByPrimeContractIdOrderByPosition(contract.id()).stream()
                .filter(other -> other.getPosition() < invoice.getPosition())
                .toList();
        return PayApplication.calculate(contracts.primeContractSov(contract.id()), contract.retainagePercent(),
                previousWork(earlier), previousCertificates(earlier), invoice.entries());
    }

    @Transactional(readOnly = true)
    public OwnerInvoice ownerInvoice(long userId, long ownerInvoiceId) {
        return visibleOwnerInvoice(userId, ownerInvoiceId).toRecord();
    }

    /** The APPROVED subcontractor invoices of one billing period, for the owner backup (SPEC 4.3). */
    @Transactional(readOnly = true)
    public List<SubcontractorInvoice> approvedInPeriod(long userId, long projectId, long billingPeriodId) {
        if (!access(userId, projectId).ownerTab()) {
            throw new AccessDeniedException("ADMIN on Prime Contracts needed");
        }
        return subcontractorInvoices.findByProjectIdAndBillingPeriodIdAndStatus(projectId, billingPeriodId,
                InvoiceStatus.APPROVED).stream().map(SubcontractorInvoiceEntity::toRecord).toList();
    }

    OwnerInvoiceEntity visibleOwnerInvoice(long userId, long ownerInvoiceId) {
        OwnerInvoiceEntity invoice = ownerInvoices.findById(ownerInvoiceId)
                .orElseThrow(() -> new NotFound("invoice", ownerInvoiceId));
        if (!access(userId, invoice.getProjectId()).ownerTab()) {
            throw new NotFound("invoice", ownerInvoiceId);
        }
        return invoice;
    }

    @Transactional(readOnly = true)
    public SubcontractorInvoice subcontractorInvoice(long userId, long invoiceId) {
        return visibleInvoice(userId, invoiceId).toRecord();
    }

    @Transactional(readOnly = true)
    public List<OwnerInvoice> ownerInvoices(long userId, long projectId) {
        if (!access(userId, projectId).ownerTab()) {
            throw new AccessDeniedException("ADMIN on Prime Contracts needed");
        }
        return ownerInvoices.findByProjectIdOrderByPosition(projectId).stream().map(OwnerInvoiceEntity::toRecord).toList();
    }

    /** Records a completed signature: from now on the signed PDF stands for the invoice. */
    public SubcontractorInvoice completeSignature(long invoiceId, byte[] signedPdf) {
        SubcontractorInvoiceEntity invoice = subcontractorInvoices.findById(invoiceId)
                .orElseThrow(() -> new NotFound("invoice", invoiceId));
        try {
            invoice.sign(SignatureStatus.COMPLETED, documents.put(new ByteArrayInputStream(signedPdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return invoice.toRecord();
    }

    public SubcontractorInvoice sendForSignature(long invoiceId) {
        SubcontractorInvoiceEntity invoice = subcontractorInvoices.findById(invoiceId)
                .orElseThrow(() -> new NotFound("invoice", invoiceId));
        invoice.sign(SignatureStatus.SENT, null);
        return invoice.toRecord();
    }

    SubcontractorInvoiceEntity visibleInvoice(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = subcontractorInvoices.findById(invoiceId)
                .orElseThrow(() -> new NotFound("invoice", invoiceId));
        InvoicingAccess access = access(userId, invoice.getProjectId());
        // APPROVED invoices also go into owner backups, which ADMIN on Prime Contracts compiles
        boolean forOwnerBackups = access.primeContractsAdmin() && invoice.toRecord().status() == InvoiceStatus.APPROVED;
        if (!access.commitmentsAdmin() && !access.contactSubcontractIds().contains(invoice.getSubcontractId())
                && !forOwnerBackups) {
            throw new NotFound("invoice", invoiceId);
        }
        return invoice;
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
