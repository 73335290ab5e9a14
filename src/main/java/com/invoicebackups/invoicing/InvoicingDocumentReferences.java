package com.invoicebackups.invoicing;

import com.invoicebackups.document.DocumentReferences;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Attachments and signed invoice PDFs, so the document sweep keeps them. */
@Component
class InvoicingDocumentReferences implements DocumentReferences {

    private final AttachmentRepository attachments;
    private final SubcontractorInvoiceRepository invoices;

    InvoicingDocumentReferences(AttachmentRepository attachments, SubcontractorInvoiceRepository invoices) {
        this.attachments = attachments;
        this.invoices = invoices;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> referenced(Collection<String> keys) {
        Set<String> referenced = new HashSet<>(attachments.storageKeysIn(keys));
        referenced.addAll(invoices.signedDocumentKeysIn(keys));
        return referenced;
    }
}
