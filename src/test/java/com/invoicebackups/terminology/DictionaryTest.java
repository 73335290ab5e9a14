package com.invoicebackups.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    private final Dictionaries dictionaries = new Dictionaries();

    @Test
    void every_dictionary_file_is_found_default_first() {
        assertThat(dictionaries.all()).extracting(Dictionary::name).startsWith("gc").contains("owner", "specialty");
    }

    @Test
    void a_dictionary_overrides_only_keys_the_base_messages_have() {
        Properties base = Dictionary.read(Dictionary.BASE, Dictionary.class.getClassLoader());
        for (Dictionary dictionary : dictionaries.all()) {
            Properties overlay = Dictionary.read(Dictionary.OVERLAY_FOLDER + dictionary.name() + ".properties",
                    Dictionary.class.getClassLoader());
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
    void counts_read_naturally_for_none_one_and_many() {
        Dictionary words = Dictionary.load("gc");
        assertThat(words.get("backup.alert.warnings", 0)).isEqualTo("0 warnings");
        assertThat(words.get("backup.alert.warnings", 1)).isEqualTo("1 warning");
        assertThat(words.get("backup.queued", 1)).isEqualTo("Backup of 1 invoice queued; you can keep working.");
        assertThat(words.get("compile.summary", 60)).isEqualTo("60 invoices will be compiled into one backup PDF.");
        assertThat(words.get("invoicing.count", 1)).isEqualTo("1 invoice");
        assertThat(words.get("invoicing.count", 100_000)).isEqualTo("100,000 invoices");
        Dictionary specialty = dictionaries.named("specialty");
        assertThat(specialty.get("invoicing.count", 1)).isEqualTo("1 progress billing");
        assertThat(specialty.get("backup.alert.queued", 60)).isEqualTo("Backup of 60 progress billings queued");
        assertThat(specialty.get("backup.alert.done", "b.pdf", 1)).isEqualTo("Progress billing backup compiled: b.pdf, 1 page.");
        assertThat(words.get("mail.backup.body", "Dana", "b.pdf", 3, 1, "url")).contains("3 pages, 1 warning.");
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
