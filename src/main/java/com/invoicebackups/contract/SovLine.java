package com.invoicebackups.contract;

import com.invoicebackups.shared.Money;

/** One line of a schedule of values; change-order lines make up the net change by change orders. */
public record SovLine(long id, String itemNumber, String description, Money scheduledValue, String costCode,
                      boolean changeOrder) {
}
