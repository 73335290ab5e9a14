package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.Words;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.terminology.Dictionary;

/** A terminology dictionary, with its formats, as the PDF engine reads it. */
public record DictionaryWords(Dictionary dictionary) implements Words {

    @Override
    public String get(String key, Object... arguments) {
        return dictionary.get(key, arguments);
    }

    @Override
    public Formats formats() {
        return dictionary.formats();
    }
}
