package com.invoicebackups.invoicing;

import com.invoicebackups.contract.SubcontractVisibility;
import java.util.Set;

/**
 * What a member may do on a project's Invoicing screen. Invoice contacts see the invoices of
 * their own subcontracts; ADMIN on Commitments sees all and compiles; ADMIN on Prime Contracts gets the
 * Owner tab. Money on the screen is in the project's currency. Which invoices follows {@link SubcontractVisibility}.
 */
public record InvoicingAccess(long projectId, long userId, boolean commitmentsAdmin, boolean primeContractsAdmin,
                              Set<Long> contactSubcontractIds, String currency, SubcontractVisibility visibility) {

    public boolean subcontractorTab() {
        return commitmentsAdmin || !contactSubcontractIds.isEmpty();
    }

    public boolean compileSubcontractorBackups() {
        return commitmentsAdmin;
    }

    public boolean ownerTab() {
        return primeContractsAdmin;
    }

    public boolean manageBillingPeriods() {
        return commitmentsAdmin;
    }
}
