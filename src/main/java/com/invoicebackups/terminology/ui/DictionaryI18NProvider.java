package com.invoicebackups.terminology.ui;

import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vaadin reads every user-facing string through here, in the dictionary its locale carries. */
@Component
class DictionaryI18NProvider implements I18NProvider {

    private final Dictionaries dictionaries;

    DictionaryI18NProvider(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return dictionaries.all().stream().map(Dictionary::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return dictionaries.forLocale(locale).get(key, params);
    }
}
