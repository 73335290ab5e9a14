package com.invoicebackups.billing;

import java.time.LocalDate;

/** A billing period got a new start date; published inside the changing transaction, so copies of it change with it. */
public record BillingPeriodRescheduled(long periodId, LocalDate start) {
}
