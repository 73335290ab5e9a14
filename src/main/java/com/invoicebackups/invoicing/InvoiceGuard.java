package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectAccess;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every invoicing entry point asks here first: an invoice the user may not see does not exist for them,
 * and what they may do with it follows from their project permissions, their invoice contacts and the
 * invoice's status.
 */
@Component
class InvoiceGuard {

    /** An invoice the user may see, with what they may do with it. */
    record Guarded<E extends AbstractInvoiceEntity>(E invoice, InvoicingAccess access, InvoiceRights rights,
                                                    Predicate<Predicate<InvoiceRights>> roleCould) {

        /** Refuses unless the right holds: a status problem for who may edit, a permission problem for others. */
        Guarded<E> require(Predicate<InvoiceRights> right) {
            if (!right.test(rights)) {
                if (roleCould.test(right)) {
                    throw new RuleViolation("invoice.error.not-now");
                }
                throw new AccessDeniedException("not allowed on this invoice");
            }
            return this;
        }
    }

    private final SubcontractorInvoiceRepository subcontractorInvoices;
    private final OwnerInvoiceRepository ownerInvoices;
    private final ContractService contracts;
    private final ProjectService projects;
    private final EntityManager entityManager;

    InvoiceGuard(SubcontractorInvoiceRepository subcontractorInvoices, OwnerInvoiceRepository ownerInvoices,
                 ContractService contracts, ProjectService projects, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.subcontractorInvoices = subcontractorInvoices;
        this.ownerInvoices = ownerInvoices;
        this.contracts = contracts;
        this.projects = projects;
    }

    /** A contact whose own permission on Commitments is NONE is treated as no contact at all. */
    InvoicingAccess access(long userId, long projectId) {
        ProjectAccess access = projects.access(userId, projectId);
        Set<Long> contacts = access.on(Tool.COMMITMENTS) == Permission.NONE ? Set.of()
                : contracts.invoiceContactSubcontracts(userId, projectId);
        return new InvoicingAccess(projectId, userId, access.isAdmin(Tool.COMMITMENTS),
                access.isAdmin(Tool.PRIME_CONTRACTS), contacts, projects.projectById(projectId).currency());
    }

    /** Whether the user is an invoice contact of the subcontract who may still act as one on the project. */
    boolean isContact(long userId, long projectId, long subcontractId) {
        try {
            return access(userId, projectId).contactSubcontractIds().contains(subcontractId);
        } catch (NotFound notMember) {
            return false;
        }
    }

    Guarded<SubcontractorInvoiceEntity> subcontractorInvoice(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = subcontractorInvoices.findById(invoiceId)
                .orElseThrow(() -> new NotFound("invoice", invoiceId));
        InvoicingAccess access = access(userId, invoice.getProjectId());
        boolean contact = access.contactSubcontractIds().contains(invoice.getSubcontractId());
        if (!access.commitmentsAdmin() && !contact && !readsForOwnerBackups(access, invoice)) {
            throw new NotFound("invoice", invoiceId);
        }
        InvoiceRights rights = InvoiceRights.forSubcontractorInvoice(access.commitmentsAdmin(), contact,
                invoice.getStatus(), invoice.getSignatureStatus());
        return new Guarded<>(invoice, access, rights,
                right -> InvoiceRights.roleCould(access.commitmentsAdmin(), contact, right));
    }

    Guarded<OwnerInvoiceEntity> ownerInvoice(long userId, long ownerInvoiceId) {
        OwnerInvoiceEntity invoice = ownerInvoices.findById(ownerInvoiceId)
                .orElseThrow(() -> new NotFound("invoice", ownerInvoiceId));
        InvoicingAccess access = access(userId, invoice.getProjectId());
        if (!access.ownerTab()) {
            throw new NotFound("invoice", ownerInvoiceId);
        }
        return new Guarded<>(invoice, access, InvoiceRights.forOwnerInvoice(true, invoice.getStatus()),
                right -> right.test(InvoiceRights.forOwnerInvoice(true, OwnerInvoiceStatus.DRAFT)));
    }

    Guarded<? extends AbstractInvoiceEntity> invoice(long userId, InvoiceRef ref) {
        return ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR ? subcontractorInvoice(userId, ref.id())
                : ownerInvoice(userId, ref.id());
    }

    /**
     * As {@link #invoice(long, InvoiceRef)}, holding the invoice's row lock until the transaction ends, with its
     * rights judged on the invoice as it is now. Changes to an invoice's documents take this lock first and no other
     * before it, so they queue up in arrival order and never deadlock; they leave the invoice's version, which guards
     * its lines and status, alone.
     */
    Guarded<? extends AbstractInvoiceEntity> lockedInvoice(long userId, InvoiceRef ref) {
        AbstractInvoiceEntity invoice = invoice(userId, ref).invoice();
        // what this transaction changed on the invoice is written first, so that reading it afresh loses nothing
        entityManager.flush();
        entityManager.refresh(invoice, LockModeType.PESSIMISTIC_WRITE);
        return invoice(userId, ref);
    }

    /**
     * APPROVED invoices also go into owner backups, which ADMIN on Prime Contracts compiles; a private
     * subcontract's only when that user is on its private list.
     */
    boolean readsForOwnerBackups(long userId, SubcontractorInvoiceEntity invoice) {
        InvoicingAccess access = access(userId, invoice.getProjectId());
        return access.commitmentsAdmin() || readsForOwnerBackups(access, invoice);
    }

    private boolean readsForOwnerBackups(InvoicingAccess access, SubcontractorInvoiceEntity invoice) {
        if (!access.primeContractsAdmin() || invoice.getStatus() != InvoiceStatus.APPROVED) {
            return false;
        }
        Subcontract subcontract = contracts.subcontractById(invoice.getSubcontractId());
        return !subcontract.privateContract() || subcontract.isOnPrivateList(access.userId());
    }
}
