package com.invoicebackups.backup.pdf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amount a signed invoice document states as due, read from its text: the figure after "current payment due"
 * (or "amount due", "payment due") on its first pages, read within the engine's bounds ({@link BoundedText}). Empty
 * when the document states none or cannot be read;
 * a signed document is compared with its invoice's lines only when it says what it claims.
 */
public final class StatedAmount {

    private static final int PAGES = 3;
    private static final Pattern DUE = Pattern.compile(
            "(?i)(?:current\\s+payment\\s+due|amount\\s+due|payment\\s+due)[^0-9\\-\\n]{0,40}(-?\\d[\\d.,\\u00a0 ]*\\d|\\d)");

    private StatedAmount() {
    }

    public static Optional<BigDecimal> currentPaymentDue(Path pdf) {
        for (String text : BoundedText.firstPages(pdf, PAGES).orElse(List.of())) {
            Matcher matcher = DUE.matcher(text);
            if (matcher.find()) {
                return parseFigure(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** "1,234.50", "1.234,50", "1 234,50" and "1234" alike: the last separator followed by two digits is the decimal one. */
    public static Optional<BigDecimal> parseFigure(String figure) {
        String digits = figure.replace("\u00a0", "").replace(" ", "");
        int decimal = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String whole = digits;
        String fraction = "";
        if (decimal >= 0 && digits.length() - decimal - 1 == 2) {
            whole = digits.substring(0, decimal);
            fraction = digits.substring(decimal + 1);
        }
        whole = whole.replace(",", "").replace(".", "");
        try {
            return Optional.of(new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
