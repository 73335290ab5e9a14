package com.invoicebackups.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.Localizable;
import com.invoicebackups.shared.Phrase;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * One terminology dictionary: the base messages (general-contractor words) overlaid with the
 * dictionary's own file. Framework-free so that the PDF engine and the command line use the very
 * same words as the screens.
 */
public final class Dictionary {

    public static final String DEFAULT = "gc";
    static final String BASE = "vaadin-i18n/translations.properties";
    static final String OVERLAY_FOLDER = "vaadin-i18n/dictionaries/";

    private final String name;
    private final Properties messages;
    private final Formats formats;

    private Dictionary(String name, Properties messages, Formats formats) {
        this.name = name;
        this.messages = messages;
        this.formats = formats;
    }

    /** Loads a dictionary by name; an unknown name is refused. */
    public static Dictionary load(String name) {
        return load(name, Dictionary.class.getClassLoader());
    }

    /** Loads a dictionary by name from the class path {@code loader} sees; an unknown name is refused. */
    static Dictionary load(String name, ClassLoader loader) {
        Properties merged = read(BASE, loader);
        if (merged == null) {
            throw new IllegalStateException("Missing " + BASE);
        }
        Properties overlay = read(OVERLAY_FOLDER + name + ".properties", loader);
        if (overlay == null) {
            throw new IllegalArgumentException("Unknown dictionary: " + name);
        }
        merged.putAll(overlay);
        return new Dictionary(name, merged, Formats.US);
    }

    static Properties read(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** These words with numbers, amounts and dates written in the given formats. */
    public Dictionary withFormats(Formats formats) {
        return new Dictionary(name, messages, formats);
    }

    public Formats formats() {
        return formats;
    }

    /** The dictionary's own name, in its own words. */
    public String label() {
        return get("dictionary.name");
    }

    public String get(String key, Object... arguments) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] instanceof Localizable localizable ? localizable.in(formats)
                    : arguments[i] instanceof Phrase phrase ? get(phrase.key(), phrase.arguments()) : arguments[i];
        }
        return new MessageFormat(pattern, formats.locale()).format(written);
    }

    public boolean has(String key) {
        return messages.containsKey(key);
    }

    Set<String> keys() {
        return messages.stringPropertyNames();
    }

    /** The locale that carries this dictionary through Vaadin with US formats. */
    public Locale locale() {
        return locale(Locale.US);
    }

    /**
     * The locale that carries this dictionary through Vaadin: the language and country of the formats with the
     * dictionary name as variant (Locale.of keeps names of any length, unlike language-tag subtags).
     */
    public Locale locale(Locale formats) {
        return Locale.of(formats.getLanguage(), formats.getCountry(), name);
    }

    /** The dictionary name a locale carries, or the default one. */
    public static String nameOf(Locale locale) {
        String variant = locale == null ? "" : locale.getVariant();
        return variant.isBlank() ? DEFAULT : variant;
    }
}
