package com.invoicebackups.invoicing;

import com.invoicebackups.contract.SubcontractVisibility;
import java.util.Set;

/**
 * What a member may do on a project's Invoicing screen. Invoice contacts see the invoices of
 * their own subcontracts; ADMIN on Commitments sees all and compiles; ADMIN on Prime Contracts gets the
 * Owner tab; with it, a user of the general contractor that owns the project ({@code contractor}) makes the owner
 * invoices, which the owner's administrators read. Money on the screen is in the project's currency. Which invoices follows {@link SubcontractVisibility}.
 */
public record InvoicingAccess(long projectId, long userId, boolean commitmentsAdmin, boolean primeContractsAdmin,
                              Set<Long> contactSubcontractIds, String currency, SubcontractVisibility visibility,
                              boolean contractor) {

    public boolean subcontractorTab() {
        return commitmentsAdmin || !contactSubcontractIds.isEmpty();
    }

    public boolean compileSubcontractorBackups() {
        return commitmentsAdmin;
    }

    public boolean ownerTab() {
        return primeContractsAdmin;
    }

    /** Whether the user starts and edits owner invoices: ADMIN on Prime Contracts at the contractor that owns the project. */
    public boolean makeOwnerInvoices() {
        return primeContractsAdmin && contractor;
    }

    public boolean manageBillingPeriods() {
        return commitmentsAdmin;
    }
}
