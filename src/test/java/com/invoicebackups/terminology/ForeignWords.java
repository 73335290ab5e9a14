package com.invoicebackups.terminology;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The words of the other dictionaries that must never appear in a text written in one dictionary's words. */
public final class ForeignWords {

    private static final Map<String, List<Pattern>> FOREIGN = Map.of(
            "gc", List.of(words("progress billings?"), words("funding"), words("GC/Client"), words("client contracts?"),
                    words("CSOV")),
            "owner", List.of(words("subcontract\\w*"), words("prime contracts?"), words("owner invoices?"),
                    words("progress billings?"), words("GC/Client"), words("SSOV")),
            "specialty", List.of(Pattern.compile("(?i)(?<!GC/Client )\\binvoic(e|es|ing)\\b"),
                    words("prime contracts?"), words("funding"), words("owner/client"), words("CSOV")));

    private ForeignWords() {
    }

    /** The foreign words {@code text} uses, for the dictionary named; the product's own name is not a term. */
    public static List<String> in(String dictionary, String text) {
        String withoutProductName = text.replace("Invoice Backups", "");
        return FOREIGN.get(dictionary).stream()
                .map(word -> word.matcher(withoutProductName))
                .filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group())
                .toList();
    }

    private static Pattern words(String regex) {
        return Pattern.compile("(?i)\\b" + regex + "\\b");
    }
}
