package com.invoicebackups.invoicing;

import com.invoicebackups.shared.NeedsNoActingUser;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.UploadRefusals;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backup documents of invoices. Every upload is treated as hostile ({@link UploadCheck}); a refused file
 * leaves neither a stored file nor a row behind. Position is the order in every backup.
 */
@Service
@Transactional
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final InvoiceGuard guard;
    private final UploadCheck uploadCheck;
    private final TransactionalDocuments documents;
    private final InvoiceChangeRepository history;
    private final InvoiceConflicts conflicts;
    private final Clock clock;
    private final FileJudge reader;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    AttachmentService(AttachmentRepository attachments, InvoiceGuard guard, UploadCheck uploadCheck,
                      TransactionalDocuments documents, InvoiceChangeRepository history, InvoiceConflicts conflicts,
                      Clock clock, FileJudge reader, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.conflicts = conflicts;
        this.attachments = attachments;
        this.history = history;
        this.guard = guard;
        this.uploadCheck = uploadCheck;
        this.documents = documents;
        this.clock = clock;
    }

    /** The upload size limit in bytes. */
    @NeedsNoActingUser
    public long maxBytes() {
        return uploadCheck.maxBytes();
    }

    /**
     * Attaches a file the caller has received into {@code file}; the caller deletes it afterwards. A {@code type} given
     * is the uploader's, confirmed; null leaves it to a guess from clear evidence ({@link DocumentTypeGuess}), shown as
     * such, or open.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Attachment upload(long userId, InvoiceRef ref, String fileName, DocumentType type, Path file) {
        return upload(userId, ref, fileName, type, file, null);
    }

    /**
     * As above; an insurance certificate gets {@code expiresOn} as its confirmed expiry, or, when null, the expiry
     * read from its text as a proposal. The rights are checked in a short read; the file is then judged, read and
     * stored holding no database connection (judging may take the source budget, storing as long as the network);
     * only then is the row written, in a short transaction. When that fails, the stored file is removed.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Attachment upload(long userId, InvoiceRef ref, String fileName, DocumentType type, Path file,
                             java.time.LocalDate expiresOn) {
        reading.executeWithoutResult(status -> conflicts.require(guard.invoice(userId, ref), InvoiceRights::upload));
        UploadCheck.CheckedFile checked = uploadCheck.check(fileName, file);
        java.util.function.Consumer<AttachmentEntity> read = readFrom(file, checked, type, expiresOn);
        String key = documents.put(file);
        try {
            return writing.execute(status -> attach(userId, ref, checked, type, key, read));
        } catch (RuntimeException e) {
            documents.discardUnlessTracked(key);
            throw e;
        }
    }

    private Attachment attach(long userId, InvoiceRef ref, UploadCheck.CheckedFile checked, DocumentType type,
                              String key, java.util.function.Consumer<AttachmentEntity> read) {
        // from here on, uploads to this invoice take their turn; each reads what those before it committed
        AbstractInvoiceEntity invoice = conflicts.require(guard.lockedInvoice(userId, ref), InvoiceRights::upload).invoice();
        Long subId = ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR ? ref.id() : null;
        Long ownerId = ref.kind() == InvoiceRef.Kind.OWNER ? ref.id() : null;
        if (attachments.existsOnInvoice(checked.sha256(), subId, ownerId)) {
            UploadRefusals.count("attachment.error.duplicate");
            throw new RuleViolation("attachment.error.duplicate", checked.fileName());
        }
        int position = attachments.lastPosition(subId, ownerId) + 1;
        invoice.attachmentAdded();
        AttachmentEntity attachment = new AttachmentEntity(ref, checked, type, key, position, userId, clock.instant());
        read.accept(attachment);
        record(userId, ref, InvoiceChangeEntity.Kind.DOCUMENT_ADDED, checked.fileName(), null,
                name(attachment.getDocumentType()), null);
        return attachments.save(attachment).toRecord();
    }

    /**
     * What the file says of itself, read before any transaction: a type from clear evidence when none was given
     * (shown as a guess for a person to confirm), and an insurance certificate's expiry (a proposal, unless given).
     */
    private java.util.function.Consumer<AttachmentEntity> readFrom(Path file, UploadCheck.CheckedFile checked,
                                                                   DocumentType type, java.time.LocalDate expiresOn) {
        boolean readable = checked.inspection() == FileInspection.PDF || checked.inspection() == FileInspection.PDF_REPAIRED;
        if (type == DocumentType.INSURANCE) {
            return expiresOn != null ? attachment -> attachment.confirmExpiry(expiresOn)
                    : proposed(CertificateExpiry.read(reader, file), null);
        }
        if (type != null) {
            return attachment -> { };
        }
        Optional<DocumentType> byName = DocumentTypeGuess.byName(checked.fileName());
        if (byName.isPresent()) {
            Optional<java.time.LocalDate> expiry = byName.get() == DocumentType.INSURANCE && readable
                    ? CertificateExpiry.read(reader, file) : Optional.empty();
            return proposed(expiry, byName.get());
        }
        Optional<java.time.LocalDate> certificate = readable ? CertificateExpiry.readCertificate(reader, file)
                : Optional.empty();
        return certificate.isPresent() ? proposed(certificate, DocumentType.INSURANCE) : attachment -> { };
    }

    private static java.util.function.Consumer<AttachmentEntity> proposed(Optional<java.time.LocalDate> expiry,
                                                                          DocumentType guessed) {
        return attachment -> {
            if (guessed != null) {
                attachment.guessType(guessed);
            }
            expiry.ifPresent(attachment::proposeExpiry);
        };
    }

    /** As {@link #upload(long, InvoiceRef, String, DocumentType, Path)}, for content already in memory. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Attachment upload(long userId, InvoiceRef ref, String fileName, DocumentType type, byte[] content) {
        return TemporaryFiles.withContent(content, file -> upload(userId, ref, fileName, type, file));
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long userId, InvoiceRef ref) {
        guard.invoice(userId, ref);
        return ofInvoice(ref).stream().map(AttachmentEntity::toRecord).toList();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void remove(long userId, long attachmentId) {
        AttachmentEntity attachment = attachment(attachmentId);
        AbstractInvoiceEntity invoice = conflicts.require(guard.lockedInvoice(userId, attachment.invoice()),
                InvoiceRights::remove).invoice();
        if (!attachments.existsById(attachmentId)) {
            throw new RuleViolation("attachment.error.gone", attachment.getFileName());
        }
        attachments.delete(attachment);
        invoice.attachmentRemoved();
        record(userId, attachment.invoice(), InvoiceChangeEntity.Kind.DOCUMENT_REMOVED, attachment.getFileName(),
                name(attachment.getDocumentType()), null, null);
        documents.deleteAfterCommit(attachment.getStorageKey());
    }

    /** Puts the invoice's attachments in the given order; the list must name each of them once. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Attachment> reorder(long userId, InvoiceRef ref, List<Long> orderedIds) {
        conflicts.require(guard.lockedInvoice(userId, ref), InvoiceRights::upload);
        List<AttachmentEntity> current = ofInvoice(ref);
        if (orderedIds.size() != current.size() || !new HashSet<>(orderedIds).equals(
                new HashSet<>(current.stream().map(AttachmentEntity::getId).toList()))) {
            throw new RuleViolation("error.stale");
        }
        List<AttachmentEntity> ordered = new ArrayList<>();
        for (int i = 0; i < orderedIds.size(); i++) {
            long id = orderedIds.get(i);
            AttachmentEntity attachment = current.stream().filter(a -> a.getId() == id).findFirst().orElseThrow();
            attachment.moveTo(i + 1);
            ordered.add(attachment);
        }
        if (!ordered.equals(current)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                names.add((i + 1) + ". " + ordered.get(i).getFileName());
            }
            record(userId, ref, InvoiceChangeEntity.Kind.DOCUMENTS_REORDERED, null, null, null, String.join("\n", names));
        }
        return ordered.stream().map(AttachmentEntity::toRecord).toList();
    }

    /** Sets the type as a person's choice (also to confirm a guess); null leaves the document without one. */
    public Attachment retype(long userId, long attachmentId, DocumentType type) {
        AttachmentEntity attachment = attachment(attachmentId);
        guard.invoice(userId, attachment.invoice()).require(InvoiceRights::upload);
        record(userId, attachment.invoice(), InvoiceChangeEntity.Kind.DOCUMENT_RETYPED, attachment.getFileName(),
                name(attachment.getDocumentType()), name(type), null);
        attachment.retype(type);
        if (type == DocumentType.INSURANCE && attachment.getExpiresOn() == null) {
            documents.read(attachment.getStorageKey(), file -> CertificateExpiry.read(reader, file))
                    .ifPresent(attachment::proposeExpiry);
        }
        return attachment.toRecord();
    }

    /** Sets and confirms an insurance certificate's expiry (null clears it); for those who may upload. */
    public Attachment confirmExpiry(long userId, long attachmentId, java.time.LocalDate expiresOn) {
        AttachmentEntity attachment = attachment(attachmentId);
        guard.invoice(userId, attachment.invoice()).require(InvoiceRights::upload);
        record(userId, attachment.invoice(), InvoiceChangeEntity.Kind.DOCUMENT_EXPIRY, attachment.getFileName(),
                attachment.getExpiresOn() == null ? null : attachment.getExpiresOn().toString(),
                expiresOn == null ? null : expiresOn.toString(), null);
        attachment.confirmExpiry(expiresOn);
        return attachment.toRecord();
    }

    /** The stored file of an attachment of an invoice the user may see. */
    @Transactional(readOnly = true)
    public StoredFile file(long userId, long attachmentId) {
        AttachmentEntity attachment = attachment(attachmentId);
        guard.invoice(userId, attachment.invoice());
        Attachment record = attachment.toRecord();
        return new StoredFile(record.fileName(), record.mediaType(), record.sizeBytes(),
                documents.resource(record.storageKey(), record.sizeBytes(), record.fileName()));
    }

    /** Every change to an invoice's documents goes into its history, with who and when. */
    private void record(long userId, InvoiceRef ref, InvoiceChangeEntity.Kind kind, String fileName, String from,
                        String to, String note) {
        history.save(InvoiceChangeEntity.ofDocument(ref, kind, fileName, from, to, note, userId, clock.instant()));
    }

    private static String name(DocumentType type) {
        return type == null ? null : type.name();
    }

    private AttachmentEntity attachment(long attachmentId) {
        return attachments.findById(attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
    }

    private List<AttachmentEntity> ofInvoice(InvoiceRef ref) {
        return ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR
                ? attachments.findBySubcontractorInvoiceIdOrderByPosition(ref.id())
                : attachments.findByOwnerInvoiceIdOrderByPosition(ref.id());
    }

}
