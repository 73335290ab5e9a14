package com.invoicebackups.shared;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Natural ordering of labels such as contract numbers: SC-2 comes before SC-10.
 * {@link #sortKey(String)} gives a string whose plain order is the natural order, so the
 * database can sort and index by it.
 */
public final class NaturalOrder {

    public static final Comparator<String> COMPARATOR = Comparator.comparing(NaturalOrder::sortKey);

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int WIDTH = 12;

    private NaturalOrder() {
    }

    public static String sortKey(String label) {
        String lower = label.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher matcher = DIGITS.matcher(lower);
        StringBuilder key = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            key.append(lower, last, matcher.start());
            String digits = matcher.group().replaceFirst("^0+(?=\\d)", "");
            key.append("0".repeat(Math.max(0, WIDTH - digits.length()))).append(digits);
            last = matcher.end();
        }
        return key.append(lower.substring(last)).toString();
    }
}
