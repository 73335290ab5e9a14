package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.PackageChanges;
import com.invoicebackups.terminology.Dictionary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What changed since an earlier package, kept as facts (its file name, when it was asked for, how many changes of
 * each kind) so that each reader reads the sentence in their own words and formats, not in the requester's.
 */
public record ChangesSince(String fileName, Instant requestedAt, Map<String, Integer> counts) {

    public ChangesSince {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** "Changes since … of …: 1 document added." in these words, the date in their formats. */
    public String sentence(Dictionary words) {
        return PackageChanges.summary(fileName, words.formats().dateTime(requestedAt), counts,
                new DictionaryWords(words));
    }

    /** The counts as stored: {@code documents-added=1,documents-replaced=2}, empty for none. */
    String encodeCounts() {
        return String.join(",", counts.entrySet().stream().map(count -> count.getKey() + "=" + count.getValue())
                .toList());
    }

    static ChangesSince decode(String fileName, Instant requestedAt, String counts) {
        Map<String, Integer> decoded = new LinkedHashMap<>();
        for (String count : counts.split(",")) {
            if (!count.isBlank()) {
                String[] kindAndNumber = count.split("=");
                decoded.put(kindAndNumber[0], Integer.parseInt(kindAndNumber[1]));
            }
        }
        return new ChangesSince(fileName, requestedAt, decoded);
    }
}
