package com.invoicebackups.invoicing;

import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Backup documents of invoices. Every upload is treated as hostile: size limit, content sniffing,
 * no duplicates on one invoice, and PDFs opened once to note encryption or damage for the preflight.
 */
@Service
@Transactional
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final InvoiceService invoiceService;
    private final DocumentStore documents;
    private final Clock clock;
    private final long maxBytes;

    AttachmentService(AttachmentRepository attachments, InvoiceService invoiceService, DocumentStore documents,
                      Clock clock, @Value("${invoicebackups.upload.max-bytes}") long maxBytes) {
        this.attachments = attachments;
        this.invoiceService = invoiceService;
        this.documents = documents;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public Attachment upload(long userId, InvoiceRef ref, String fileName, DocumentType type, byte[] content) {
        AbstractInvoiceEntity invoice = editableInvoice(userId, ref);
        SniffedFile file = SniffedFile.of(fileName, content, maxBytes);
        Long subId = ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR ? ref.id() : null;
        Long ownerId = ref.kind() == InvoiceRef.Kind.OWNER ? ref.id() : null;
        if (attachments.existsOnInvoice(file.sha256(), subId, ownerId)) {
            throw new RuleViolation("attachment.error.duplicate", file.fileName());
        }
        String key = store(content);
        int position = attachments.lastPosition(subId, ownerId) + 1;
        invoice.attachmentAdded();
        return attachments.save(new AttachmentEntity(ref, file, type, key, position, userId, clock.instant())).toRecord();
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long userId, InvoiceRef ref) {
        editableInvoice(userId, ref);
        return (ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR
                ? attachments.findBySubcontractorInvoiceIdOrderByPosition(ref.id())
                : attachments.findByOwnerInvoiceIdOrderByPosition(ref.id()))
                .stream().map(AttachmentEntity::toRecord).toList();
    }

    private AbstractInvoiceEntity editableInvoice(long userId, InvoiceRef ref) {
        if (ref.kind() == InvoiceRef.Kind.SUBCONTRACTOR) {
            return invoiceService.visibleInvoice(userId, ref.id());
        }
        return invoiceService.visibleOwnerInvoice(userId, ref.id());
    }

    /** Stores the file; if the surrounding transaction rolls back, the stored file is removed again. */
    private String store(byte[] content) {
        try {
            String key = documents.put(new ByteArrayInputStream(content));
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            try {
                                documents.delete(key);
                            } catch (IOException ignored) {
                                // an orphan file is harmless; the row never existed
                            }
                        }
                    }
                });
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
