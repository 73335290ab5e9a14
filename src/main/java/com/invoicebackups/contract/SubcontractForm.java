package com.invoicebackups.contract;

import java.math.BigDecimal;
import java.util.Set;

/** What the set-up screen edits on a subcontract. */
public record SubcontractForm(String number, String title, long companyId, SubcontractStatus status,
                              BigDecimal retainagePercent, boolean privateContract, Set<Long> privateList,
                              Set<Long> invoiceContacts) {
}
