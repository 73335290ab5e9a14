package com.invoicebackups.backup;

import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.PayApplication;

/** The owner invoice of an owner backup, with what the backup shows of it: its prime contract and the owner's name. */
record OwnerSide(OwnerInvoice invoice, PrimeContract prime, String company) {

    /** The owner invoice's figures for the reconciliation, from its pay application. */
    Reconciler.Figures figures(PayApplication application) {
        return Reconciler.Figures.of(prime.number(), company, invoice.number(), invoice.position(), application, null);
    }
}
