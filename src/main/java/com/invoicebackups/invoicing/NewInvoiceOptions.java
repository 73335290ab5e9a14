package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.contract.Subcontract;
import java.util.List;

/**
 * What a user may start in the open billing period: each subcontract they may invoice, and for each one that
 * already has its invoice of that period, which one. No open period: {@code openPeriod} is null and nothing can start.
 */
public record NewInvoiceOptions(BillingPeriod openPeriod, List<Option> options) {

    /** {@code existing}: the subcontract's invoice of the open period, which leaves no room for another; null: none yet. */
    public record Option(Subcontract subcontract, InvoiceRef existing, String existingNumber) {

        public boolean available() {
            return existing == null;
        }
    }

    public List<Subcontract> available() {
        return openPeriod == null ? List.of()
                : options.stream().filter(Option::available).map(Option::subcontract).toList();
    }

    public List<Option> taken() {
        return options.stream().filter(option -> !option.available()).toList();
    }
}
