package com.invoicebackups;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: only its own queries name them, in native SQL by table name or in JPQL by entity
 * name. Another module reads them through the owner's API, or through a copy on its own rows that the owner's
 * events keep current (as invoicing's GridSortKeys keeps the grids' copies). A table belongs to the module whose
 * package holds the entity mapped to it; a table without an entity is listed below. The queries are the string
 * literals and text blocks of each module's sources; the Liquibase changelog is no module's query and may name any
 * table.
 */
class TableOwnershipTest {

    private static final String BASE = "com.invoicebackups";
    private static final Path SOURCES = Path.of("src/main/java/com/invoicebackups");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog");

    /** The owner of the libraries' tables: only the library reads and writes them, every module goes through its API. */
    private static final String LIBRARY = "a library";

    /** Tables no entity maps, each with the module whose changeSets create it and whose code alone reads it. */
    private static final Map<String, String> WITHOUT_ENTITY = Map.of(
            "document_rule", "invoicing",
            "approval_rule", "invoicing",
            "package_profile", "backup",
            "backup_delivery", "backup",
            "backup_delivery_download", "backup",
            // Spring Modulith's event publication registry (its changeSet is the shared kernel's)
            "event_publication", LIBRARY,
            // db-scheduler's jobs: backup schedules its compile jobs through db-scheduler's client, never in SQL
            "scheduled_tasks", LIBRARY,
            "databasechangelog", LIBRARY,
            "databasechangeloglock", LIBRARY);

    private static final Owners OWNERS = owners();

    /** A table or entity named after one of these words in a query. */
    private static final Pattern NAMED = Pattern.compile("\\b(?:from|join|update|into|table)\\s+[`\"]?([A-Za-z_][\\w.$]*)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CREATED = Pattern.compile(
            "createTable:\\s+tableName:\\s*(\\w+)|(?i:create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?)[`\"]?(\\w+)");

    /** Who owns what: tables by lower-case name, entities by simple and by qualified name. */
    private record Owners(Map<String, String> tables, Map<String, String> entities) {

        /** The owner of the table or entity of this name, or null when no table or entity has it. */
        String of(String name) {
            String table = tables.get(name.toLowerCase(Locale.ROOT));
            return table != null ? table : entities.get(name);
        }
    }

    /** A query of {@code file} that names a table or entity of {@code owner}, another module or a library. */
    private record Trespass(String file, String name, String owner) {

        @Override
        public String toString() {
            return file + " names " + name + " of " + owner;
        }
    }

    @Test
    void every_query_names_only_tables_of_its_own_module() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : sources()) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            String module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
            for (String query : literals(Files.readString(file))) {
                for (String name : namedIn(query)) {
                    String owner = OWNERS.of(name);
                    if (owner != null && !owner.equals(module)) {
                        found.add(new Trespass(relative, name, owner).toString());
                    }
                }
            }
        }

        assertThat(found).as("queries that name another module's tables: read them through that module's API")
                .isEmpty();
    }

    @Test
    void every_table_of_the_changelog_has_an_owner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CHANGELOG)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = CREATED.matcher(Files.readString(file));
                while (matcher.find()) {
                    String table = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    created.add(table.toLowerCase(Locale.ROOT));
                }
            }
        }

        assertThat(created).isNotEmpty();
        assertThat(OWNERS.tables().keySet()).containsAll(created);
    }

    @Test
    void tables_and_entities_are_found_in_literals_and_text_blocks_but_not_in_comments() {
        String source = """
                // select * from subcontract
                /** left join billing_period */
                @Query("select s from SubcontractEntity s where s.id = :id")
                List<SubcontractEntity> find(long id);
                char quote = '"';
                String sql = \"""
                        select i.id from subcontractor_invoice i
                          left join `billing_period` p on p.id = i.billing_period_id\""";
                String rename = "update company set name = \\"x\\" where id = ?";
                """;

        assertThat(literals(source).stream().flatMap(query -> namedIn(query).stream()).toList())
                .containsExactly("SubcontractEntity", "subcontractor_invoice", "billing_period", "company");
        assertThat(OWNERS.of("SubcontractEntity")).isEqualTo("contract");
        assertThat(OWNERS.of("BILLING_PERIOD")).isEqualTo("billing");
        assertThat(OWNERS.of("subcontractor_invoice_line")).isEqualTo("invoicing");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Every entity's table and the collection tables of its fields, owned by the module of its package. */
    private static Owners owners() {
        Map<String, String> tables = new HashMap<>();
        Map<String, String> entities = new HashMap<>();
        WITHOUT_ENTITY.forEach((table, owner) -> own(tables, table, owner));
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE)) {
            String module = moduleOf(type);
            if (type.isAnnotatedWith(Entity.class)) {
                String name = type.getAnnotationOfType(Entity.class).name();
                String entity = name.isEmpty() ? type.getSimpleName() : name;
                String table = type.tryGetAnnotationOfType(Table.class).map(Table::name).orElse("");
                assertThat(table).as("%s names its table with @Table", type.getName()).isNotEmpty();
                own(tables, table.toLowerCase(Locale.ROOT), module);
                own(entities, entity, module);
                own(entities, type.getName(), module);
            }
            for (JavaField field : type.getFields()) {
                field.tryGetAnnotationOfType(CollectionTable.class)
                        .ifPresent(collection -> own(tables, collection.name().toLowerCase(Locale.ROOT), module));
                field.tryGetAnnotationOfType(JoinTable.class)
                        .ifPresent(join -> own(tables, join.name().toLowerCase(Locale.ROOT), module));
            }
        }
        return new Owners(tables, entities);
    }

    private static void own(Map<String, String> owned, String name, String owner) {
        String earlier = owned.putIfAbsent(name, owner);
        if (earlier != null) {
            assertThat(earlier).as("the owner of %s", name).isEqualTo(owner);
        }
    }

    private static String moduleOf(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), BASE.length() + 1));
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** The tables or entities that a query names after from, join, update, into or table; paths (s.lines) are none. */
    private static List<String> namedIn(String query) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAMED.matcher(query.replace("\\\"", "\""));
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!name.contains(".") || name.startsWith(BASE + ".")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The string literals and text blocks of a Java source; comments and character literals are skipped. */
    private static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, "\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"') {
                int end = closing(source, "\"", i + 1);
                literals.add(source.substring(i + 1, end));
                i = end + 1;
            } else if (source.charAt(i) == '\'') {
                i = closing(source, "'", i + 1) + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Where the literal opened before {@code from} closes with {@code quote}; escaped characters are skipped. */
    private static int closing(String source, String quote, int from) {
        int i = from;
        while (!source.startsWith(quote, i)) {
            if (i >= source.length()) {
                throw new IllegalStateException("a literal that never closes at " + from);
            }
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
