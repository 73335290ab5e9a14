package com.invoicebackups.billing;

/**
 * Implemented by each module whose rows point at billing periods. The calendar does not know those rows; it asks
 * every implementation before it deletes a period, so that the user reads why instead of a constraint error.
 */
public interface PeriodReferences {

    /** Whether a row of this module points at the period. */
    boolean referenced(long periodId);
}
