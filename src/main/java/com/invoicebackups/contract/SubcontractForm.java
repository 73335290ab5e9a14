package com.invoicebackups.contract;

import java.math.BigDecimal;
import java.util.Set;

/** What the set-up screen edits on a subcontract. */
/** {@code prevailingWage}: the contract is under prevailing-wage law, so certified payroll may be required. */
public record SubcontractForm(String number, String title, long companyId, SubcontractStatus status,
                              BigDecimal retainagePercent, boolean privateContract, Set<Long> privateList,
                              Set<Long> invoiceContacts, boolean prevailingWage) {

    public SubcontractForm(String number, String title, long companyId, SubcontractStatus status,
                           BigDecimal retainagePercent, boolean privateContract, Set<Long> privateList,
                           Set<Long> invoiceContacts) {
        this(number, title, companyId, status, retainagePercent, privateContract, privateList, invoiceContacts, false);
    }
}
