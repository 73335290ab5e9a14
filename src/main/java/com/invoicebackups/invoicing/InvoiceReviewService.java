package com.invoicebackups.invoicing;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Localizable;
import com.invoicebackups.shared.Phrase;
import com.invoicebackups.shared.RuleViolation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        InvoiceGuard.Guarded<SubcontractorInvoiceEntity> guarded = guard.subcontractorInvoice(userId, invoiceId);
        SubcontractorInvoiceEntity invoice = guarded.invoice();
        if (guarded.access().commitmentsAdmin() && REVIEW_STATUSES.contains(to) && !guarded.rights().review()) {
            throw new RuleViolation("invoice.error.review-not-now", words(invoice.getStatus()), words(to),
                    Phrase.anyOf(reviewableBefore(to).stream().map(InvoiceReviewService::words).toList()));
        }
        guarded.require(InvoiceRights::review);
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

    /**
     * As {@link #review(long, long, InvoiceStatus, String)}, for a decision made on the invoice seen in status
     * {@code seen}: when someone else has changed the status since, nothing changes and {@link StatusChanged} says who.
     */
    public SubcontractorInvoice review(long userId, long invoiceId, InvoiceStatus seen, InvoiceStatus to, String note) {
        invoices.lock(invoiceId);
        SubcontractorInvoiceEntity invoice = guard.subcontractorInvoice(userId, invoiceId).invoice();
        if (seen != null && invoice.getStatus() != seen) {
            throw new StatusChanged(List.of(changedSince(invoice, seen)));
        }
        return review(userId, invoiceId, to, note);
    }

    /** The statuses the invoices have now, to be handed back as seen to {@link #reviewAll(long, long, Map, InvoiceStatus, String)}. */
    @Transactional(readOnly = true)
    public Map<Long, InvoiceStatus> statuses(long userId, long projectId, Collection<Long> invoiceIds) {
        if (!guard.access(userId, projectId).commitmentsAdmin()) {
            throw new AccessDeniedException("ADMIN on Commitments needed");
        }
        Map<Long, InvoiceStatus> statuses = new LinkedHashMap<>();
        invoices.findByProjectIdAndIdIn(projectId, invoiceIds).forEach(invoice -> statuses.put(invoice.getId(),
                invoice.getStatus()));
        return statuses;
    }

    /** The same decision for many invoices; each that cannot move is reported, the others move. */
    public BulkStatusResult reviewAll(long userId, long projectId, Collection<Long> invoiceIds, InvoiceStatus to,
                                      String note) {
        Map<Long, InvoiceStatus> unseen = new LinkedHashMap<>();
        invoiceIds.forEach(id -> unseen.put(id, null));
        return reviewAll(userId, projectId, unseen, to, note);
    }

    /**
     * The same decision for many invoices, each seen in the status given for it (null: not seen). When someone else
     * has changed any of them since, none moves and {@link StatusChanged} names each change; otherwise each that cannot
     * move is reported and the others move. The invoices stay locked until the end, so two administrators deciding on
     * the same invoices at once take turns, and the second is told what the first did.
     */
    public BulkStatusResult reviewAll(long userId, long projectId, Map<Long, InvoiceStatus> seen, InvoiceStatus to,
                                      String note) {
        if (!guard.access(userId, projectId).commitmentsAdmin()) {
            throw new AccessDeniedException("ADMIN on Commitments needed");
        }
        int moved = 0;
        List<BulkStatusResult.Refusal> refused = new ArrayList<>();
        List<SubcontractorInvoiceEntity> found = invoices.lockInProject(projectId, seen.keySet());
        if (found.size() != seen.size()) {
            throw new RuleViolation("error.stale");
        }
        List<Phrase> changed = found.stream()
                .filter(invoice -> seen.get(invoice.getId()) != null && seen.get(invoice.getId()) != invoice.getStatus())
                .map(invoice -> changedSince(invoice, seen.get(invoice.getId()))).toList();
        if (!changed.isEmpty()) {
            throw new StatusChanged(changed);
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
        // learnt once here, so that a compile reads the document only to copy it
        sign(userId, invoice, SignatureStatus.COMPLETED, new InvoiceForBackup.SignedDocument(documents.put(file),
                checked.sha256(), checked.proofVersion(), uploadCheck.statedAmountDue(file).orElse(null)));
        return invoice.toRecord();
    }

    /** As {@link #recordSignedDocument(long, long, String, Path)}, for a document already in memory. */
    public SubcontractorInvoice recordSignedDocument(long userId, long invoiceId, String fileName, byte[] content) {
        return TemporaryFiles.withContent(content, file -> recordSignedDocument(userId, invoiceId, fileName, file));
    }

    /** What happened to the invoice's status since it was seen: now, before, by whom and when, as far as recorded. */
    private Phrase changedSince(SubcontractorInvoiceEntity invoice, InvoiceStatus seen) {
        return changes.findFirstBySubcontractorInvoiceIdAndKindOrderByChangedAtDescIdDesc(invoice.getId(),
                        InvoiceChangeEntity.Kind.STATUS)
                .map(change -> new Phrase("invoice.conflict", invoice.getNumber(), words(invoice.getStatus()),
                        companies.user(change.getChangedBy()).displayName(), words(seen),
                        (Localizable) formats -> formats.dateTime(change.getChangedAt())))
                .orElseGet(() -> new Phrase("invoice.conflict.unrecorded", invoice.getNumber(),
                        words(invoice.getStatus()), words(seen)));
    }

    /** The statuses from which an administrator may set this review status: any submitted one but itself. */
    static List<InvoiceStatus> reviewableBefore(InvoiceStatus to) {
        return java.util.Arrays.stream(InvoiceStatus.values())
                .filter(status -> !InvoiceRights.editable(status) && status != to).toList();
    }

    static Phrase words(InvoiceStatus status) {
        return new Phrase("status." + status.name());
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
    private void sign(long userId, SubcontractorInvoiceEntity invoice, SignatureStatus to,
                      InvoiceForBackup.SignedDocument signedDocument) {
        SignatureStatus from = invoice.getSignatureStatus();
        invoice.sign(to, signedDocument);
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
