package com.invoicebackups.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every message of a dictionary uses that dictionary's words: no message of the specialty contractor's says
 * "invoice", none of the owner's says "subcontract". Names of parties and of the dictionaries themselves, and the
 * product's name, are not terms.
 */
class DictionaryWordsTest {

    private static final Set<String> NOT_TERMS = Set.of("app.name", "dictionary.name", "company.kind.GENERAL_CONTRACTOR",
            "company.kind.OWNER", "company.kind.SUBCONTRACTOR", "document-type.RECEIPT");

    private final Dictionaries dictionaries = new Dictionaries();

    @Test
    void no_message_speaks_in_another_dictionarys_words() {
        List<String> offending = new ArrayList<>();
        for (String name : List.of("gc", "owner", "specialty")) {
            Properties messages = messages(name);
            messages.stringPropertyNames().stream()
                    .filter(key -> !NOT_TERMS.contains(key))
                    .filter(key -> !ForeignWords.in(name, messages.getProperty(key)).isEmpty())
                    .forEach(key -> offending.add(name + ": " + key + "=" + messages.getProperty(key)));
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void each_dictionary_names_the_owner_invoice_and_its_backup_in_its_own_words() {
        assertThat(dictionaries.named("gc").get("backup.owner-file-name", "P", "1", "d", "t")).startsWith("Owner invoice backup");
        assertThat(dictionaries.named("owner").get("backup.owner-file-name", "P", "1", "d", "t")).startsWith("Funding invoice backup");
        assertThat(dictionaries.named("specialty").get("backup.owner-file-name", "P", "1", "d", "t"))
                .startsWith("GC/Client invoice backup");
        assertThat(dictionaries.named("gc").get("invoice.doc.owner.contract")).isEqualTo("Prime contract");
        assertThat(dictionaries.named("owner").get("invoice.doc.owner.contract")).isEqualTo("Funding");
        assertThat(dictionaries.named("specialty").get("invoice.doc.owner.contract")).isEqualTo("Client contract");
    }

    private static Properties messages(String name) {
        ClassLoader loader = Dictionary.class.getClassLoader();
        Properties merged = Dictionary.read(Dictionary.BASE, loader);
        merged.putAll(Dictionary.read(Dictionary.OVERLAY_FOLDER + name + ".properties", loader));
        return merged;
    }
}
