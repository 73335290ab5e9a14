package com.invoicebackups.shared;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one natural order of labels such as contract numbers, invoice numbers and folder names: SC-2 before SC-10.
 * <ul>
 * <li>Letters compare without case or accents, compatibility forms as their plain letters (ＳＣ as SC).</li>
 * <li>A run of ASCII digits is a number and compares by value however long it is; of two equal numbers the one
 * written with fewer leading zeros comes first (SC-1, SC-01, SC-2).</li>
 * <li>Whitespace and control characters count as spaces; those leading and trailing count not at all.</li>
 * <li>Everything else compares by code point, a number where one of its digits would.</li>
 * </ul>
 * Two ways to ask, proven to agree by {@code NaturalOrderTest}: {@link #COMPARATOR} compares labels in memory, and
 * {@link #sortKey(String)} gives printable ASCII whose plain order ({@link String#compareTo}, or a binary collation
 * such as the database's {@code ascii_nopad_bin}) is the same order, for columns the database sorts by.
 */
public final class NaturalOrder {

    public static final Comparator<String> COMPARATOR = NaturalOrder::compare;

    /** Characters from here on are written into a key as this character and six hex digits of their code point. */
    private static final char ESCAPE = '~';
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern ACCENTS = Pattern.compile("\\p{Mn}+");

    private NaturalOrder() {
    }

    public static String sortKey(String label) {
        String text = folded(label);
        StringBuilder key = new StringBuilder(text.length() * 2);
        int i = 0;
        while (i < text.length()) {
            if (isDigit(text.charAt(i))) {
                DigitRun run = DigitRun.at(text, i);
                appendNumber(key, run.value());
                appendNumber(key, Integer.toString(run.leadingZeros()));
                i = run.end();
            } else {
                int codePoint = text.codePointAt(i);
                if (codePoint < ESCAPE) {
                    key.append((char) codePoint);
                } else {
                    key.append(ESCAPE).append(HEX.toHexDigits(codePoint), 2, 8);
                }
                i += Character.charCount(codePoint);
            }
        }
        return key.toString();
    }

    private static int compare(String left, String right) {
        String a = folded(left);
        String b = folded(right);
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                DigitRun x = DigitRun.at(a, i);
                DigitRun y = DigitRun.at(b, j);
                int order = x.compareTo(y);
                if (order != 0) {
                    return order;
                }
                i = x.end();
                j = y.end();
            } else {
                int x = a.codePointAt(i);
                int y = b.codePointAt(j);
                if (x != y) {
                    return Integer.compare(x, y);
                }
                i += Character.charCount(x);
                j += Character.charCount(y);
            }
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /**
     * Digits without leading zeros, after their count, itself after one digit saying how many digits the count has
     * less one: a longer number always sorts after a shorter one, and nothing that follows is read as part of it.
     */
    private static void appendNumber(StringBuilder key, String value) {
        String length = Integer.toString(value.length());
        key.append((char) ('0' + length.length() - 1)).append(length).append(value);
    }

    /** Lower case, accents and compatibility forms dropped, whitespace and controls as spaces, stripped. */
    private static String folded(String label) {
        String lower = Normalizer.normalize(Normalizer.normalize(label, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(lower.length());
        ACCENTS.matcher(lower).replaceAll("").codePoints()
                .map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) ? ' ' : c)
                .forEach(folded::appendCodePoint);
        return folded.toString().strip();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A run of digits: its value without leading zeros ("0" for zeros only), how many zeros led, where it ends. */
    private record DigitRun(String value, int leadingZeros, int end) implements Comparable<DigitRun> {

        static DigitRun at(String text, int start) {
            int end = start;
            while (end < text.length() && isDigit(text.charAt(end))) {
                end++;
            }
            int valueStart = start;
            while (valueStart < end - 1 && text.charAt(valueStart) == '0') {
                valueStart++;
            }
            return new DigitRun(text.substring(valueStart, end), valueStart - start, end);
        }

        @Override
        public int compareTo(DigitRun other) {
            int order = Integer.compare(value.length(), other.value.length());
            if (order == 0) {
                order = value.compareTo(other.value);
            }
            return order != 0 ? order : Integer.compare(leadingZeros, other.leadingZeros);
        }
    }
}
