package com.invoicebackups.contract;

import java.math.BigDecimal;
import java.util.Set;

public record Subcontract(long id, long projectId, String number, String title, long companyId,
                          SubcontractStatus status, boolean privateContract, BigDecimal retainagePercent,
                          Set<Long> privateList, Set<Long> invoiceContacts, boolean prevailingWage) {

    /** Invoice contacts are implicitly on the private list. */
    public boolean isOnPrivateList(long userId) {
        return privateList.contains(userId) || invoiceContacts.contains(userId);
    }
}
