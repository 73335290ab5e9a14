package com.invoicebackups.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as a person types it, in a schedule of values file or a line of an invoice: 1234.5, $1,234.50, -$12 or
 * $-12. Thousands separators must group by three, so that a decimal comma (12,5) is refused, never read as 125.
 */
public final class AmountText {

    private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?|\\.\\d+");

    private AmountText() {
    }

    /** The amount, signed; empty when the text is no amount. */
    public static Optional<BigDecimal> parse(String text) {
        String digits = text.strip();
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1).strip();
        }
        if (digits.startsWith("$")) {
            digits = digits.substring(1).strip();
        }
        if (!negative && digits.startsWith("-")) {
            negative = true;
            digits = digits.substring(1).strip();
        }
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(digits.replace(",", ""));
        return Optional.of(negative ? amount.negate() : amount);
    }
}
