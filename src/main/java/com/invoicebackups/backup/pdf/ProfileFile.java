package com.invoicebackups.backup.pdf;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.io.IOException;
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
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

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

    /** Built on first use: most compiles read no profile, and Jackson costs a quarter second of a cold start. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** What each setting holds, by name, said when a file gives it something else. */
    private static final Map<String, String> SETTINGS = new TreeMap<>(Map.of(
            "coverSheet", "coverSheet is true or false",
            "invoiceDocuments", "invoiceDocuments is true or false",
            "ordering", "ordering is one of " + Arrays.stream(PackageOrder.Ordering.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")),
            "typeOrder", "typeOrder is a list of document types",
            "leaveOut", "leaveOut is a list of document types",
            "fileTypes", "fileTypes maps file name patterns to document types"));

    /** The file as written: a setting left out is null. */
    private record Written(Boolean coverSheet, Boolean invoiceDocuments, String ordering, List<String> typeOrder,
                           List<String> leaveOut, Map<String, String> fileTypes) {

        // named as the creator: Jackson looks for public constructors on its own, and this record is private
        @JsonCreator
        Written {
        }
    }

    /** The type of a file no pattern names. */
    public static final String OTHER = "OTHER";

    /**
     * Reads and checks the file; an {@link IllegalArgumentException} says what is wrong in it. {@code knownTypes}:
     * the names of the document types a profile may name, {@link #OTHER} among them.
     */
    public static ProfileFile read(Path file, List<String> knownTypes) throws IOException {
        Written written;
        try {
            JsonNode settings = Yaml.MAPPER.readTree(Files.readString(file));
            if (settings.isMissingNode() || settings.isNull()) {
                return DEFAULT;
            }
            if (!settings.isObject()) {
                throw new IllegalArgumentException("A profile is a map of settings");
            }
            written = Yaml.MAPPER.treeToValue(settings, Written.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("Unknown setting " + e.getPropertyName() + "; known: "
                    + String.join(", ", SETTINGS.keySet()));
        } catch (DatabindException e) {
            String rule = e.getPath().isEmpty() ? null
                    : SETTINGS.get(String.valueOf(e.getPath().getFirst().getPropertyName()));
            throw new IllegalArgumentException(rule != null ? rule : "Not a profile: " + firstLine(e));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not JSON or YAML: " + firstLine(e));
        }
        Map<String, String> fileTypes = new LinkedHashMap<>();
        if (written.fileTypes() != null) {
            written.fileTypes().forEach((pattern, type) -> fileTypes.put(pattern, type(type, false, knownTypes)));
        }
        return new ProfileFile(written.coverSheet() == null || written.coverSheet(),
                written.invoiceDocuments() == null || written.invoiceDocuments(), ordering(written.ordering()),
                types(written.typeOrder(), knownTypes), Set.copyOf(types(written.leaveOut(), knownTypes)), fileTypes);
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
        return OTHER;
    }

    public boolean keeps(String type) {
        return !leaveOut.contains(type);
    }

    private static String firstLine(JacksonException e) {
        return String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
    }

    private static PackageOrder.Ordering ordering(String value) {
        if (value == null) {
            return PackageOrder.Ordering.BY_CONTRACT;
        }
        try {
            return PackageOrder.Ordering.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SETTINGS.get("ordering"));
        }
    }

    private static List<String> types(List<String> written, List<String> knownTypes) {
        if (written == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        written.forEach(type -> types.add(type(type, true, knownTypes)));
        return List.copyOf(types);
    }

    private static String type(Object value, boolean invoiceDocument, List<String> knownTypes) {
        String type = String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (invoiceDocument && type.equals(PackageOrder.INVOICE_DOCUMENT)) {
            return type;
        }
        if (!knownTypes.contains(type)) {
            throw new IllegalArgumentException("Unknown document type " + value + "; known: "
                    + (invoiceDocument ? PackageOrder.INVOICE_DOCUMENT + ", " : "")
                    + String.join(", ", knownTypes));
        }
        return type;
    }
}
