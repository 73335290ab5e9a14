package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import com.itextpdf.kernel.pdf.PdfOutline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's package profile: a YAML or JSON file that orders the package and leaves documents out. */
class ProfileFileTest {

    @TempDir
    Path folder;
    Path input;

    @BeforeEach
    void invoices() throws IOException {
        input = Files.createDirectories(folder.resolve("input"));
        for (String name : new String[] {"SC-1", "SC-2"}) {
            Path invoice = Files.createDirectories(input.resolve(name));
            Files.write(invoice.resolve(CompileCommand.INVOICE_FILE), TestFiles.pdf(name + " invoice", 1));
            Files.write(invoice.resolve("a-payroll.pdf"), TestFiles.pdf(name + " payroll", 1));
            Files.write(invoice.resolve("b-waiver.pdf"), TestFiles.pdf(name + " waiver", 1));
            Files.write(invoice.resolve("c-receipt.pdf"), TestFiles.pdf(name + " receipt", 1));
        }
    }

    @Test
    void grouped_by_document_type_in_the_profiles_order_with_a_type_left_out() throws IOException {
        Path profile = Files.writeString(folder.resolve("owner-profile.yaml"), """
                ordering: BY_DOCUMENT_TYPE
                typeOrder: [INVOICE_DOCUMENT, LIEN_WAIVER]
                leaveOut: [RECEIPT]
                fileTypes:
                  "*waiver*": LIEN_WAIVER
                  "*PAYROLL*": CERTIFIED_PAYROLL
                  "*receipt*": RECEIPT
                """);
        Path output = folder.resolve("backup.pdf");

        assertThat(run("--profile", profile.toString(), "--output", output.toString()).exit).isZero();

        try (PdfReadBack pdf = new PdfReadBack(output)) {
            // cover, contents, 2 invoice documents, 2 waivers, 2 payrolls, manifest; no receipt
            assertThat(pdf.pages()).isEqualTo(9);
            List<String> order = new ArrayList<>();
            for (int page = 3; page <= 8; page++) {
                order.add(pdf.text(page).lines().findFirst().orElse(""));
            }
            assertThat(order).containsExactly("SC-1 invoice page 1", "SC-2 invoice page 1", "SC-1 waiver page 1",
                    "SC-2 waiver page 1", "SC-1 payroll page 1", "SC-2 payroll page 1");
            assertThat(pdf.bookmarks()).extracting(PdfOutline::getTitle)
                    .containsExactly("SC-1", "SC-2", "SC-1", "SC-2", "SC-1", "SC-2");
        }
    }

    @Test
    void a_fixed_order_of_types_within_each_invoice_from_a_json_file() throws IOException {
        Path profile = Files.writeString(folder.resolve("profile.json"), """
                {"ordering": "TYPE_ORDER_WITHIN_INVOICE", "typeOrder": ["RECEIPT", "LIEN_WAIVER"],
                 "coverSheet": false, "fileTypes": {"*waiver*": "LIEN_WAIVER", "*receipt*": "RECEIPT"}}
                """);
        Path output = folder.resolve("backup.pdf");

        assertThat(run("--profile", profile.toString(), "--output", output.toString()).exit).isZero();

        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.bookmarks().getFirst().getAllChildren().getFirst().getAllChildren())
                    .extracting(PdfOutline::getTitle)
                    .containsExactly("Invoice document", "c-receipt.pdf", "b-waiver.pdf", "a-payroll.pdf");
            assertThat(pdf.text(1)).startsWith("Contents");
        }
    }

    @Test
    void settings_left_out_take_their_defaults_and_names_may_be_written_in_any_case() throws IOException {
        Path profile = Files.writeString(folder.resolve("profile.yaml"), """
                # only the order and what to leave out
                ordering: by-document-type
                leaveOut: [lien waiver, receipt]
                """);

        assertThat(ProfileFile.read(profile, TestWords.TYPES)).isEqualTo(new ProfileFile(true, true, PackageOrder.Ordering.BY_DOCUMENT_TYPE,
                List.of(), Set.of("LIEN_WAIVER", "RECEIPT"), Map.of()));
        assertThat(ProfileFile.read(Files.writeString(folder.resolve("empty.yaml"), "# nothing yet\n"), TestWords.TYPES))
                .isEqualTo(ProfileFile.DEFAULT);
    }

    @Test
    void a_profile_with_a_mistake_is_refused_with_the_reason_and_nothing_is_written() throws IOException {
        Map<String, String> mistakes = Map.of(
                "ordering: ALPHABETICAL\n", "Profile bad.yaml: ordering is one of BY_CONTRACT, BY_DOCUMENT_TYPE,",
                "leaveOut: [LIEN_WAIVERS]\n", "Profile bad.yaml: Unknown document type LIEN_WAIVERS; known:",
                "colour: blue\n", "Profile bad.yaml: Unknown setting colour; known: coverSheet, fileTypes,",
                "ordering: [unclosed\n", "Profile bad.yaml: Not JSON or YAML:",
                "coverSheet: maybe\n", "Profile bad.yaml: coverSheet is true or false",
                "typeOrder: LIEN_WAIVER\n", "Profile bad.yaml: typeOrder is a list of document types",
                "fileTypes: [a, b]\n", "Profile bad.yaml: fileTypes maps file name patterns to document types",
                "[coverSheet]\n", "Profile bad.yaml: A profile is a map of settings");
        for (Map.Entry<String, String> mistake : mistakes.entrySet()) {
            Path profile = Files.writeString(folder.resolve("bad.yaml"), mistake.getKey());
            Path output = folder.resolve("never.pdf");
            Run run = run("--profile", profile.toString(), "--output", output.toString());
            assertThat(run.exit).isEqualTo(2);
            assertThat(run.err.strip()).startsWith(mistake.getValue()).doesNotContain("\n");
            assertThat(output).doesNotExist();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... options) {
        List<String> args = new ArrayList<>(List.of("compile", "--input", input.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CompileCommand.run(args.toArray(String[]::new), Map.of(), TestWords::named, TestWords.TYPES,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
