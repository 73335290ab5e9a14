package com.invoicebackups.invoicing;

import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractVisibility;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
    private final CompanyService companies;

    InvoiceGuard(SubcontractorInvoiceRepository subcontractorInvoices, OwnerInvoiceRepository ownerInvoices,
                 ContractService contracts, ProjectService projects, EntityManager entityManager,
                 CompanyService companies) {
        this.companies = companies;
        this.entityManager = entityManager;
        this.subcontractorInvoices = subcontractorInvoices;
        this.ownerInvoices = ownerInvoices;
        this.contracts = contracts;
        this.projects = projects;
    }

    /** The user's access to the project, resolved once: permissions, the one visibility rule and invoice contacts. */
    InvoicingAccess access(long userId, long projectId) {
        SubcontractVisibility visibility = contracts.visibility(userId, projectId);
        Project project = projects.projectById(projectId);
        return new InvoicingAccess(projectId, userId, visibility.seesEverything(),
                visibility.access().isAdmin(Tool.PRIME_CONTRACTS), contracts.contactSubcontracts(visibility),
                project.currency(), visibility, visibility.access().contractor());
    }

    /** Whether the user is an invoice contact of the subcontract who may still act as one on the project. */
    boolean isContact(long userId, long projectId, long subcontractId) {
        return projects.findAccess(userId, projectId).map(SubcontractVisibility::new)
                .filter(visibility -> visibility.isContact(contracts.subcontractById(subcontractId)))
                .isPresent();
    }

    Guarded<SubcontractorInvoiceEntity> subcontractorInvoice(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = subcontractorInvoices.findById(invoiceId)
                .orElseThrow(() -> new NotFound("invoice", invoiceId));
        InvoicingAccess access = access(userId, invoice.getProjectId());
        Subcontract subcontract = contracts.subcontractById(invoice.getSubcontractId());
        if (!sees(access.visibility(), subcontract, invoice.getStatus())) {
            throw new NotFound("invoice", invoiceId);
        }
        boolean contact = access.visibility().isContact(subcontract);
        InvoiceRights rights = InvoiceRights.forSubcontractorInvoice(access.commitmentsAdmin(), contact,
                invoice.getStatus(), invoice.getSignatureStatus());
        return new Guarded<>(invoice, access, rights,
                right -> InvoiceRights.roleCould(access.commitmentsAdmin(), contact, right));
    }

    /** Who works on the subcontract's invoices, and APPROVED ones also for who may carry them in owner backups. */
    static boolean sees(SubcontractVisibility visibility, Subcontract subcontract, InvoiceStatus status) {
        return visibility.seesInvoicesOf(subcontract)
                || status == InvoiceStatus.APPROVED && visibility.readsForOwnerBackups(subcontract);
    }

    /** ADMIN on Prime Contracts reads owner invoices; those outside the contractor only once submitted to the owner. */
    static boolean sees(InvoicingAccess access, OwnerInvoiceStatus status) {
        return access.ownerTab() && (access.contractor() || status.submittedOnce());
    }

    Guarded<OwnerInvoiceEntity> ownerInvoice(long userId, long ownerInvoiceId) {
        OwnerInvoiceEntity invoice = ownerInvoices.findById(ownerInvoiceId)
                .orElseThrow(() -> new NotFound("invoice", ownerInvoiceId));
        InvoicingAccess access = access(userId, invoice.getProjectId());
        if (!sees(access, invoice.getStatus())) {
            throw new NotFound("invoice", ownerInvoiceId);
        }
        boolean owner = !access.contractor() && companies.user(userId).companyId()
                == contracts.primeContractById(invoice.getPrimeContractId()).ownerCompanyId();
        return new Guarded<>(invoice, access, InvoiceRights.forOwnerInvoice(access.contractor(), owner,
                invoice.getStatus()), right -> InvoiceRights.ownerRoleCould(access.contractor(), owner, right));
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

}
