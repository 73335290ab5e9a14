package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import java.math.BigDecimal;
import java.util.List;

/**
 * A subcontractor invoice with everything a backup shows of it: its contract and company, its billing period (null
 * when it has none), its G702/G703 figures, its attachments in upload order, its contract's schedule of values and,
 * when its signature is COMPLETED, its signed document.
 */
public record InvoiceForBackup(SubcontractorInvoice invoice, Subcontract subcontract, String company,
                               BillingPeriod period, PayApplication application, List<Attachment> attachments,
                               List<SovLine> schedule, SignedDocument signedDocument) {

    /**
     * A signed document with what was learnt of it when it was recorded: the SHA-256 of its bytes, the version of the
     * PDF proof they passed (null when not proven) and the amount due it states (null when none). Documents recorded
     * before this was kept carry only their key.
     */
    public record SignedDocument(String key, String sha256, Integer proofVersion, BigDecimal statedAmountDue) {

        /** Whether the document was read when it was recorded; if not, what it states must be read from it. */
        public boolean learnt() {
            return sha256 != null;
        }
    }
}
