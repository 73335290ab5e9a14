package com.invoicebackups.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Labels as people type contract and invoice numbers, from a seeded {@link Random}: letters in both cases and with
 * accents, numbers with leading zeros and longer than any integer, dots, dashes and other separators. A label is a
 * list of parts, so that a variant can differ from it in one part only, deep inside.
 */
final class GeneratedLabels {

    private static final String LETTERS = "abcxyzABCXYZéÉüÜñÅ";
    private static final String SEPARATORS = "-._/:# ";
    /** Beyond what the database takes as a contract number: fold, escape and whitespace cases. */
    private static final String[] ODD = {"~", "{", "|", "}", "Ω", "ω", "号", "😀", "Ｓ", "１２", "ﬁ", "e\u0301", "\t",
            "ß", "ı", "İ", "\u00a0", "\u0000", "\u007f"};

    private final Random random;
    private final boolean odd;

    /** {@code odd}: also characters that a number column may refuse or compare otherwise than by its letters. */
    GeneratedLabels(Random random, boolean odd) {
        this.random = random;
        this.odd = odd;
    }

    List<String> parts() {
        List<String> parts = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            parts.add(part());
        }
        return parts;
    }

    /** The same parts with one of them replaced, removed or added. */
    List<String> variant(List<String> parts) {
        List<String> variant = new ArrayList<>(parts);
        int at = random.nextInt(variant.size());
        switch (random.nextInt(4)) {
            case 0 -> variant.set(at, part());
            case 1 -> variant.add(at, part());
            case 2 -> variant.add(part());
            default -> {
                if (variant.size() > 1) {
                    variant.remove(at);
                } else {
                    variant.add(part());
                }
            }
        }
        return variant;
    }

    static String label(List<String> parts) {
        return String.join("", parts);
    }

    private String part() {
        int kind = random.nextInt(odd ? 4 : 3);
        return switch (kind) {
            case 0 -> letters();
            case 1 -> number();
            case 2 -> String.valueOf(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            default -> ODD[random.nextInt(ODD.length)];
        };
    }

    private String letters() {
        StringBuilder letters = new StringBuilder();
        int length = 1 + random.nextInt(3);
        for (int i = 0; i < length; i++) {
            letters.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return letters.toString();
    }

    /** Leading zeros now and then, mostly small numbers, sometimes more digits than a long holds. */
    private String number() {
        String zeros = "0".repeat(random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0);
        String digits = switch (random.nextInt(5)) {
            case 0 -> Integer.toString(random.nextInt(10));
            case 1, 2 -> Integer.toString(random.nextInt(120));
            case 3 -> Long.toString(Math.floorMod(random.nextLong(), 10_000_000_000_000L));
            default -> {
                StringBuilder run = new StringBuilder().append(1 + random.nextInt(9));
                int length = 12 + random.nextInt(14);
                while (run.length() < length) {
                    run.append(random.nextInt(10));
                }
                yield run.toString();
            }
        };
        return zeros + digits;
    }
}
