package com.invoicebackups.billing;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.Localizable;
import java.time.LocalDate;

public record BillingPeriod(long id, long projectId, int number, LocalDate startDate, LocalDate endDate,
                            LocalDate dueDate, PeriodStatus status, long version) implements Localizable {

    /** "#3: 3/1/2025 - 3/31/2025" in US formats. */
    @Override
    public String in(Formats formats) {
        return "#" + number + ": " + formats.date(startDate) + " - " + formats.date(endDate);
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        return !startDate.isAfter(end) && !endDate.isBefore(start);
    }
}
