package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.InvoiceDocumentRenderer;
import com.invoicebackups.invoicing.PayApplication;

/** An invoice's pay application as the engine draws its G702 and G703 ({@link InvoiceDocumentRenderer}). */
public final class InvoiceSheets {

    private InvoiceSheets() {
    }

    /** The header's fields already formatted (see {@link InvoiceDocumentRenderer.InvoiceSheet}), with the figures. */
    public static InvoiceDocumentRenderer.InvoiceSheet of(boolean ownerInvoice, String project, String contract,
                                                          String company, String billingPeriod, String invoiceNumber,
                                                          String billingDate, String currency,
                                                          PayApplication application) {
        PayApplication.Summary summary = application.summary();
        return new InvoiceDocumentRenderer.InvoiceSheet(ownerInvoice, project, contract, company, billingPeriod,
                invoiceNumber, billingDate, currency, new InvoiceDocumentRenderer.Summary(
                summary.originalContractSum(), summary.netChangeByChangeOrders(), summary.contractSumToDate(),
                summary.totalCompletedAndStored(), summary.retainage(), summary.totalEarnedLessRetainage(),
                summary.previousCertificates(), summary.currentPaymentDue(),
                summary.balanceToFinishIncludingRetainage()),
                application.rows().stream().map(row -> new InvoiceDocumentRenderer.Line(row.itemNumber(),
                        row.description(), row.scheduledValue(), row.fromPrevious(), row.thisPeriod(),
                        row.materialsStored(), row.completedToDate(), row.percentComplete(), row.balanceToFinish(),
                        row.retainage())).toList());
    }
}
