package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * What the Invoicing screen offers for backups, provided by the backup feature (which depends on
 * invoicing, so invoicing asks through this interface instead of depending back on it).
 */
public interface BackupActions {

    /** Opens the preflight for the selected subcontractor invoices; it can send the user to the Billing Periods tab. */
    void compileSubcontractorBackup(InvoicingAccess access, List<Long> invoiceIds, Runnable showBillingPeriods);

    /** Opens the preflight for the selected owner invoices, one backup each; it can send the user to the Billing Periods tab. */
    void compileOwnerBackups(InvoicingAccess access, List<Long> ownerInvoiceIds, Runnable showBillingPeriods);

    /**
     * Alerts and progress of the user's backups on this project, kept up to date by server push; earlier backups
     * lead to the backup history through {@code showHistory} (null when the user has none).
     */
    Component statusArea(InvoicingAccess access, Runnable showHistory);

    /** The backups an invoice went into, with download links for those the user may download. */
    Component invoiceBackups(InvoicingAccess access, InvoiceRef invoice);

    /** The project's backup history with download links. */
    Component history(InvoicingAccess access);
}
