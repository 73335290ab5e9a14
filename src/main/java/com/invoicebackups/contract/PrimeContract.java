package com.invoicebackups.contract;

import java.math.BigDecimal;

public record PrimeContract(long id, long projectId, String number, String title, long ownerCompanyId,
                            BigDecimal retainagePercent) {
}
