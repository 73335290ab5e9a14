package com.invoicebackups.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public record BillingPeriod(long id, long projectId, int number, LocalDate startDate, LocalDate endDate,
                            LocalDate dueDate, PeriodStatus status, long version) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** "#3: Mar 1, 2025 - Mar 31, 2025" */
    public String label() {
        return "#" + number + ": " + DAY.format(startDate) + " - " + DAY.format(endDate);
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        return !startDate.isAfter(end) && !endDate.isBefore(start);
    }
}
