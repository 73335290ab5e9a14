package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.StatedAmount;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.InvoiceForBackup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * A subcontractor invoice's figures for the reconciliation, with the amount due its signed document states: learnt
 * when the document was recorded, else (recorded before that was kept) read from a local copy of it.
 */
@Component
class InvoiceFigures {

    private final DocumentStore documents;

    InvoiceFigures(DocumentStore documents) {
        this.documents = documents;
    }

    Reconciler.Figures of(InvoiceForBackup invoice) {
        return Reconciler.Figures.of(invoice.subcontract().number(), invoice.company(), invoice.invoice().number(),
                invoice.invoice().position(), invoice.application(), statedAmount(invoice.signedDocument()));
    }

    private BigDecimal statedAmount(InvoiceForBackup.SignedDocument signed) {
        if (signed == null) {
            return null;
        }
        if (signed.learnt()) {
            return signed.statedAmountDue();
        }
        try (DocumentStore.LocalCopy copy = documents.local(signed.key())) {
            return StatedAmount.currentPaymentDue(copy.path()).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
