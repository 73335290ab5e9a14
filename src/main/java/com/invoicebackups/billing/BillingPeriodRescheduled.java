package com.invoicebackups.billing;

import java.time.LocalDate;

/** A billing period got new dates; published inside the changing transaction, so copies of them change with it. */
public record BillingPeriodRescheduled(long periodId, LocalDate start, LocalDate end) {
}
