package com.invoicebackups.contract;

import com.invoicebackups.shared.Money;

public record NewSovLine(String itemNumber, String description, Money scheduledValue, String costCode,
                         boolean changeOrder) {
}
