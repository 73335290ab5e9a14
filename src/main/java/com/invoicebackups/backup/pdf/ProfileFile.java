package com.invoicebackups.backup.pdf;

import com.invoicebackups.invoicing.DocumentType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The command line's package profile, a JSON or YAML file (JSON is YAML too):
 * <pre>
 * coverSheet: true                 # default true
 * invoiceDocuments: true           # default true
 * ordering: BY_DOCUMENT_TYPE       # BY_CONTRACT (default), BY_DOCUMENT_TYPE, TYPE_ORDER_WITHIN_INVOICE
 * typeOrder: [INVOICE_DOCUMENT, LIEN_WAIVER, UNCONDITIONAL_LIEN_WAIVER, CERTIFIED_PAYROLL]
 * leaveOut: [RECEIPT]              # document types left out
 * fileTypes:                       # a file's type, by the first pattern its name matches (glob, any case)
 *   "*waiver*": LIEN_WAIVER
 *   "*payroll*": CERTIFIED_PAYROLL
 * </pre>
 * Files matching no pattern are of type OTHER. Anything else in the file is refused with the reason.
 */
public record ProfileFile(boolean coverSheet, boolean invoiceDocuments, PackageOrder.Ordering ordering,
                          List<String> typeOrder, Set<String> leaveOut, Map<String, String> fileTypes) {

    public static final ProfileFile DEFAULT = new ProfileFile(true, true, PackageOrder.Ordering.BY_CONTRACT, List.of(),
            Set.of(), Map.of());

    private static final Set<String> KEYS = Set.of("coverSheet", "invoiceDocuments", "ordering", "typeOrder", "leaveOut",
            "fileTypes");

    /** Reads and checks the file; an {@link IllegalArgumentException} says what is wrong in it. */
    public static ProfileFile read(Path file) throws IOException {
        Object parsed;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException("Not JSON or YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (parsed == null) {
            return DEFAULT;
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("A profile is a map of settings");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("Unknown setting " + key + "; known: " + String.join(", ",
                        KEYS.stream().sorted().toList()));
            }
        }
        Map<String, String> fileTypes = new LinkedHashMap<>();
        if (map.get("fileTypes") instanceof Map<?, ?> patterns) {
            patterns.forEach((pattern, type) -> fileTypes.put(String.valueOf(pattern), type(type, false)));
        } else if (map.get("fileTypes") != null) {
            throw new IllegalArgumentException("fileTypes maps file name patterns to document types");
        }
        return new ProfileFile(flag(map, "coverSheet"), flag(map, "invoiceDocuments"), ordering(map.get("ordering")),
                types(map.get("typeOrder"), "typeOrder", true), Set.copyOf(types(map.get("leaveOut"), "leaveOut", true)),
                fileTypes);
    }

    /** The profile's options for the engine; documents left out are dropped by {@link #keeps(String)}. */
    public BackupRequest.Options options() {
        return new BackupRequest.Options(coverSheet, invoiceDocuments, null, ordering, typeOrder);
    }

    /** The type of a file, by the first pattern its name matches; OTHER when none does. */
    public String typeOf(String fileName) {
        for (Map.Entry<String, String> pattern : fileTypes.entrySet()) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.getKey().toLowerCase(Locale.ROOT));
            if (matcher.matches(Path.of(fileName.toLowerCase(Locale.ROOT)))) {
                return pattern.getValue();
            }
        }
        return DocumentType.OTHER.name();
    }

    public boolean keeps(String type) {
        return !leaveOut.contains(type);
    }

    private static boolean flag(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new IllegalArgumentException(key + " is true or false");
    }

    private static PackageOrder.Ordering ordering(Object value) {
        if (value == null) {
            return PackageOrder.Ordering.BY_CONTRACT;
        }
        try {
            return PackageOrder.Ordering.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ordering is one of " + Arrays.stream(PackageOrder.Ordering.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static List<String> types(Object value, String key, boolean invoiceDocument) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " is a list of document types");
        }
        List<String> types = new ArrayList<>();
        list.forEach(type -> types.add(type(type, invoiceDocument)));
        return List.copyOf(types);
    }

    private static String type(Object value, boolean invoiceDocument) {
        String type = String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (invoiceDocument && type.equals(PackageOrder.INVOICE_DOCUMENT)) {
            return type;
        }
        if (Arrays.stream(DocumentType.values()).noneMatch(known -> known.name().equals(type))) {
            throw new IllegalArgumentException("Unknown document type " + value + "; known: "
                    + (invoiceDocument ? PackageOrder.INVOICE_DOCUMENT + ", " : "")
                    + Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return type;
    }
}
