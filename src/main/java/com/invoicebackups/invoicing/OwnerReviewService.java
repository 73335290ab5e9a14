package com.invoicebackups.invoicing;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Phrase;
import com.invoicebackups.shared.RuleViolation;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner invoice between the two sides: the general contractor's Prime Contracts administrators submit it; the
 * owner's decide on it (approve, approve as noted, or send it back with a reason) and record its payment. Each step
 * is recorded in its history and mailed to the other side.
 */
@Service
@Transactional
public class OwnerReviewService {

    private final InvoiceGuard guard;
    private final OwnerInvoiceRepository invoices;
    private final InvoiceChangeRepository changes;
    private final ContractService contracts;
    private final CompanyService companies;
    private final ProjectService projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnerReviewService(InvoiceGuard guard, OwnerInvoiceRepository invoices, InvoiceChangeRepository changes,
                       ContractService contracts, CompanyService companies, ProjectService projects,
                       ApplicationEventPublisher events, Clock clock) {
        this.guard = guard;
        this.invoices = invoices;
        this.changes = changes;
        this.contracts = contracts;
        this.companies = companies;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** DRAFT or REVISE_AND_RESUBMIT to SUBMITTED, by the contractor; the owner's administrators are mailed. */
    public OwnerInvoice submit(long userId, long invoiceId, OwnerInvoiceStatus seen) {
        OwnerInvoiceEntity invoice = locked(userId, invoiceId, seen).require(InvoiceRights::submit).invoice();
        return move(userId, invoice, OwnerInvoiceStatus.SUBMITTED, null);
    }

    /**
     * The owner's decision on the invoice seen in status {@code seen}: sending it back needs a reason, which the
     * contractor's administrators are mailed with every decision.
     */
    public OwnerInvoice decide(long userId, long invoiceId, OwnerInvoiceStatus seen, OwnerInvoiceStatus to,
                               String note) {
        if (!OwnerInvoiceStatus.DECISIONS.contains(to)) {
            throw new RuleViolation("invoice.error.not-a-review-status");
        }
        OwnerInvoiceEntity invoice = locked(userId, invoiceId, seen).require(InvoiceRights::review).invoice();
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (to == OwnerInvoiceStatus.REVISE_AND_RESUBMIT && reason == null) {
            throw new RuleViolation("invoice.error.reason-required");
        }
        if (reason != null && reason.length() > 1000) {
            throw new RuleViolation("invoice.error.comment");
        }
        return move(userId, invoice, to, reason);
    }

    /** The owner records that an approved invoice was paid; the contractor's administrators are mailed. */
    public OwnerInvoice recordPayment(long userId, long invoiceId, OwnerInvoiceStatus seen) {
        OwnerInvoiceEntity invoice = locked(userId, invoiceId, seen).require(InvoiceRights::recordPayment).invoice();
        return move(userId, invoice, OwnerInvoiceStatus.PAID, null);
    }

    /** The invoice under its row lock, refused when someone else changed its status since the user saw it. */
    private InvoiceGuard.Guarded<OwnerInvoiceEntity> locked(long userId, long invoiceId, OwnerInvoiceStatus seen) {
        guard.lockedInvoice(userId, InvoiceRef.owner(invoiceId));
        InvoiceGuard.Guarded<OwnerInvoiceEntity> guarded = guard.ownerInvoice(userId, invoiceId);
        OwnerInvoiceStatus now = guarded.invoice().getStatus();
        if (seen != null && now != seen) {
            throw new StatusChanged(List.of(new Phrase("invoice.conflict.unrecorded", guarded.invoice().getNumber(),
                    new Phrase("status." + now.name()), new Phrase("status." + seen.name()))));
        }
        return guarded;
    }

    private OwnerInvoice move(long userId, OwnerInvoiceEntity invoice, OwnerInvoiceStatus to, String note) {
        OwnerInvoiceStatus from = invoice.getStatus();
        invoice.changeStatus(to);
        invoices.flush();
        changes.save(InvoiceChangeEntity.ofDocument(InvoiceRef.owner(invoice.getId()), InvoiceChangeEntity.Kind.STATUS,
                null, from.name(), to.name(), note, userId, clock.instant()));
        PrimeContract prime = contracts.primeContractById(invoice.getPrimeContractId());
        Project project = projects.projectById(invoice.getProjectId());
        // the other side: the owner hears of a submission, the contractor of everything the owner does
        long otherSide = to == OwnerInvoiceStatus.SUBMITTED ? prime.ownerCompanyId() : project.companyId();
        events.publishEvent(new OwnerInvoiceReviewed(to, projects.primeContractsAdmins(project.id(), otherSide),
                project.id(), invoice.getId(), invoice.getNumber(), prime.number(),
                companies.company(prime.ownerCompanyId()).name(), note, userId));
        return invoice.toRecord();
    }
}
