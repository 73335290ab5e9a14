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
}
