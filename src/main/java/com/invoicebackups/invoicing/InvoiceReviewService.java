package com.invoicebackups.invoicing;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.RuleViolation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: contacts submit, invoice administrators approve, approve as noted, hold for the
 * owner or send back with a reason; signatures are sent, recorded or declined. Every change is recorded.
 */
@Service
@Transactional
public class InvoiceReviewService {

    /** What an invoice administrator may set on a submitted invoice. */
    public static final Set<InvoiceStatus> REVIEW_STATUSES = EnumSet.of(InvoiceStatus.APPROVED,
            InvoiceStatus.APPROVED_AS_NOTED, InvoiceStatus.PENDING_OWNER_APPROVAL, InvoiceStatus.REVISE_AND_RESUBMIT);

    private final InvoiceGuard guard;
    private final SubcontractorInvoiceRepository invoices;
    private final InvoiceChangeRepository changes;
    private final UploadCheck uploadCheck;
    private final TransactionalDocuments documents;
    private final ContractService contracts;
    private final CompanyService companies;
    private final ProjectService projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvoiceReviewService(InvoiceGuard guard, SubcontractorInvoiceRepository invoices, InvoiceChangeRepository changes,
                         UploadCheck uploadCheck, TransactionalDocuments documents, ContractService contracts,
                         CompanyService companies, ProjectService projects, ApplicationEventPublisher events,
                         Clock clock) {
        this.guard = guard;
        this.invoices = invoices;
        this.changes = changes;
        this.uploadCheck = uploadCheck;
        this.documents = documents;
        this.contracts = contracts;
        this.companies = companies;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** DRAFT or REVISE_AND_RESUBMIT to UNDER_REVIEW; the project's invoice administrators are emailed. */
    public SubcontractorInvoice submit(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = guard.subcontractorInvoice(userId, invoiceId).require(InvoiceRights::submit)
                .invoice();
        move(userId, invoice, InvoiceStatus.UNDER_REVIEW, null);
        publish(InvoiceReviewed.Kind.SUBMITTED, projects.commitmentsAdmins(invoice.getProjectId()), invoice, null, userId);
        return invoice.toRecord();
    }

    /** An invoice administrator's decision; sending back needs a reason, which the contacts are emailed. */
    public SubcontractorInvoice review(long userId, long invoiceId, InvoiceStatus to, String note) {
        SubcontractorInvoiceEntity invoice = guard.subcontractorInvoice(userId, invoiceId).require(InvoiceRights::review)
                .invoice();
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (!REVIEW_STATUSES.contains(to)) {
            throw new RuleViolation("invoice.error.not-a-review-status");
        }
        if (invoice.getStatus() == to) {
            throw new RuleViolation("invoice.error.already", invoice.getStatus().name());
        }
        if (to == InvoiceStatus.REVISE_AND_RESUBMIT && reason == null) {
            throw new RuleViolation("invoice.error.reason-required");
        }
        if (reason != null && reason.length() > 1000) {
            throw new RuleViolation("invoice.error.comment");
        }
        move(userId, invoice, to, reason);
        if (to == InvoiceStatus.REVISE_AND_RESUBMIT) {
            Subcontract subcontract = contracts.subcontractById(invoice.getSubcontractId());
            // only contacts who still see the invoice: members whose own permission on Commitments is not NONE
            List<Long> contacts = subcontract.invoiceContacts().stream()
                    .filter(contact -> guard.isContact(contact, invoice.getProjectId(), subcontract.id()))
                    .toList();
            publish(InvoiceReviewed.Kind.RETURNED, contacts, invoice, reason, userId);
        }
        return invoice.toRecord();
    }

    /** The same decision for many invoices; each that cannot move is reported, the others move. */
    public BulkStatusResult reviewAll(long userId, long projectId, Collection<Long> invoiceIds, InvoiceStatus to,
                                      String note) {
        if (!guard.access(userId, projectId).commitmentsAdmin()) {
            throw new AccessDeniedException("ADMIN on Commitments needed");
        }
        int moved = 0;
        List<BulkStatusResult.Refusal> refused = new ArrayList<>();
        List<SubcontractorInvoiceEntity> found = invoices.findByProjectIdAndIdIn(projectId, invoiceIds);
        if (found.size() != new HashSet<>(invoiceIds).size()) {
            throw new RuleViolation("error.stale");
        }
        for (SubcontractorInvoiceEntity invoice : found) {
            try {
                review(userId, invoice.getId(), to, note);
                moved++;
            } catch (RuleViolation violation) {
                refused.add(new BulkStatusResult.Refusal(invoice.getNumber(), violation.messageKey(), violation.arguments()));
            }
        }
        return new BulkStatusResult(moved, refused);
    }

    /** Out for signature; no e-signature provider is called, the state is what counts. */
    public SubcontractorInvoice sendForSignature(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = guard.subcontractorInvoice(userId, invoiceId)
                .require(InvoiceRights::sendForSignature).invoice();
        sign(userId, invoice, SignatureStatus.SENT, null);
        return invoice.toRecord();
    }

    public SubcontractorInvoice declineSignature(long userId, long invoiceId) {
        SubcontractorInvoiceEntity invoice = guard.subcontractorInvoice(userId, invoiceId)
                .require(InvoiceRights::declineSignature).invoice();
        sign(userId, invoice, SignatureStatus.DECLINED, null);
        return invoice.toRecord();
    }

    /**
     * Records the signed document, checked like any upload; it must be a PDF a backup can merge, since from
     * now on it stands for the invoice in every backup.
     */
    public SubcontractorInvoice recordSignedDocument(long userId, long invoiceId, String fileName, Path file) {
        SubcontractorInvoiceEntity invoice = guard.subcontractorInvoice(userId, invoiceId)
                .require(InvoiceRights::recordSignature).invoice();
        UploadCheck.CheckedFile checked = uploadCheck.check(fileName, file);
        if (checked.inspection() != FileInspection.PDF && checked.inspection() != FileInspection.PDF_REPAIRED) {
            throw new RuleViolation("invoice.error.signed-not-pdf", checked.fileName());
        }
        sign(userId, invoice, SignatureStatus.COMPLETED, documents.put(file));
        return invoice.toRecord();
    }

    /** As {@link #recordSignedDocument(long, long, String, Path)}, for a document already in memory. */
    public SubcontractorInvoice recordSignedDocument(long userId, long invoiceId, String fileName, byte[] content) {
        return TemporaryFiles.withContent(content, file -> recordSignedDocument(userId, invoiceId, fileName, file));
    }

    private void move(long userId, SubcontractorInvoiceEntity invoice, InvoiceStatus to, String note) {
        InvoiceStatus from = invoice.getStatus();
        invoice.changeStatus(to, note, LocalDate.now(clock));
        // the invoice's row first, then its history: the order in which uploads lock it too, so neither waits on the other
        invoices.flush();
        changes.save(new InvoiceChangeEntity(invoice.getId(), InvoiceChangeEntity.Kind.STATUS, from.name(), to.name(),
                note, userId, clock.instant()));
    }

    /** A signed document exists only once COMPLETED, which is final; other states carry none. */
    private void sign(long userId, SubcontractorInvoiceEntity invoice, SignatureStatus to, String signedDocumentKey) {
        SignatureStatus from = invoice.getSignatureStatus();
        invoice.sign(to, signedDocumentKey);
        invoices.flush();
        changes.save(new InvoiceChangeEntity(invoice.getId(), InvoiceChangeEntity.Kind.SIGNATURE, from.name(), to.name(),
                null, userId, clock.instant()));
    }

    private void publish(InvoiceReviewed.Kind kind, List<Long> recipients, SubcontractorInvoiceEntity invoice,
                         String reason, long userId) {
        Subcontract subcontract = contracts.subcontractById(invoice.getSubcontractId());
        events.publishEvent(new InvoiceReviewed(kind, recipients, invoice.getProjectId(), invoice.getId(),
                invoice.getNumber(), subcontract.number(), companies.company(subcontract.companyId()).name(), reason,
                userId));
    }
}
