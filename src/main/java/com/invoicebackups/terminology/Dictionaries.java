package com.invoicebackups.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import com.invoicebackups.shared.NeedsNoActingUser;
import org.springframework.stereotype.Service;

/** Every dictionary on the class path: adding one is adding a file to vaadin-i18n/dictionaries. */
@Service
@NeedsNoActingUser
public class Dictionaries {

    private final Map<String, Dictionary> byName = new LinkedHashMap<>();

    public Dictionaries() {
        this(Dictionaries.class.getClassLoader());
    }

    /** The dictionaries {@code loader} finds, the default one first, then by name. */
    public Dictionaries(ClassLoader loader) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + Dictionary.OVERLAY_FOLDER + "*.properties");
            Arrays.stream(files)
                    .map(file -> file.getFilename().replaceFirst("\\.properties$", ""))
                    .distinct()
                    .sorted(Comparator.comparing((String name) -> !name.equals(Dictionary.DEFAULT))
                            .thenComparing(Comparator.naturalOrder()))
                    .forEach(name -> byName.put(name, Dictionary.load(name, loader)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Dictionary> all() {
        return List.copyOf(byName.values());
    }

    public Dictionary named(String name) {
        Dictionary dictionary = name == null ? null : byName.get(name);
        return dictionary != null ? dictionary : byName.get(Dictionary.DEFAULT);
    }

    public Dictionary forLocale(Locale locale) {
        return named(Dictionary.nameOf(locale));
    }
}
