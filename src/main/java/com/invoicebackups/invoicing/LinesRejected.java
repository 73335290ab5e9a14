package com.invoicebackups.invoicing;

import com.invoicebackups.shared.RuleViolation;
import java.util.Map;

/** Amounts that cannot be billed, per SOV line id with the message key saying why; nothing was saved. */
public class LinesRejected extends RuleViolation {

    private final Map<Long, String> problems;

    LinesRejected(Map<Long, String> problems) {
        super("invoice.error.lines", problems.size());
        this.problems = Map.copyOf(problems);
    }

    public Map<Long, String> problems() {
        return problems;
    }
}
