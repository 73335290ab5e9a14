package com.invoicebackups.backup.pdf;

import com.invoicebackups.backup.DictionaryWords;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.terminology.Dictionary;
import java.util.Arrays;
import java.util.List;

/** The product's dictionaries as the engine reads them, as the application hands them over. */
final class TestWords {

    static final Words GC = named("gc");
    /** The document types a profile may name, as the command line is given them. */
    static final List<String> TYPES = Arrays.stream(DocumentType.values()).map(Enum::name).toList();

    private TestWords() {
    }

    /** The words of the dictionary of this name; an unknown name is refused, as the command line refuses it. */
    static Words named(String name) {
        return new DictionaryWords(Dictionary.load(name));
    }
}
