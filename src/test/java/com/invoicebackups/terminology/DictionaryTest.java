package com.invoicebackups.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    private final Dictionaries dictionaries = new Dictionaries();

    @Test
    void every_dictionary_file_is_found_default_first() {
        assertThat(dictionaries.all()).extracting(Dictionary::name).containsExactly("gc", "owner", "specialty");
    }

    @Test
    void a_dictionary_overrides_only_keys_the_base_messages_have() {
        Properties base = Dictionary.read(Dictionary.BASE);
        for (Dictionary dictionary : dictionaries.all()) {
            Properties overlay = Dictionary.read(Dictionary.OVERLAY_FOLDER + dictionary.name() + ".properties");
            assertThat(overlay.stringPropertyNames())
                    .as("keys of %s.properties", dictionary.name())
                    .isSubsetOf(base.stringPropertyNames())
                    .contains("dictionary.name");
        }
    }

    @Test
    void each_point_of_view_reads_its_own_words() {
        assertThat(dictionaries.named("gc").get("invoicing.compile")).isEqualTo("Compile Invoice Backups");
        assertThat(dictionaries.named("specialty").get("invoicing.compile")).isEqualTo("Compile Progress Billing Backups");
        assertThat(dictionaries.named("specialty").get("invoicing.title")).isEqualTo("Progress Billings");
        assertThat(dictionaries.named("owner").get("invoicing.tab.subcontractor")).isEqualTo("Contractor");
        assertThat(dictionaries.named("owner").get("invoicing.tab.owner")).isEqualTo("Funding");
        assertThat(dictionaries.named("owner").get("backup.file-name", "P", "1", "2026-01-01", "10.00"))
                .isEqualTo("Contractor invoice backup - P - 1 - 2026-01-01 - 10.00.pdf");
    }

    @Test
    void the_dictionary_travels_in_the_locale() {
        Dictionary owner = dictionaries.named("owner");
        assertThat(Dictionary.nameOf(owner.locale())).isEqualTo("owner");
        assertThat(dictionaries.forLocale(java.util.Locale.US).name()).isEqualTo("gc");
        assertThat(dictionaries.named("no-such").name()).isEqualTo("gc");
        assertThatThrownBy(() -> Dictionary.load("no-such")).isInstanceOf(IllegalArgumentException.class);
    }
}
