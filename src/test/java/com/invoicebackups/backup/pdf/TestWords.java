package com.invoicebackups.backup.pdf;

import com.invoicebackups.backup.DictionaryWords;
import com.invoicebackups.terminology.Dictionary;

/** The product's dictionaries as the engine reads them, as the application hands them over. */
final class TestWords {

    static final Words GC = named("gc");

    private TestWords() {
    }

    /** The words of the dictionary of this name; an unknown name is refused, as the command line refuses it. */
    static Words named(String name) {
        return new DictionaryWords(Dictionary.load(name));
    }
}
