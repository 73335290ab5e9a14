package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {

    @TempDir
    Path folder;

    @Test
    void compiles_a_folder_of_invoice_folders_in_natural_order_and_prints_the_figures() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        invoiceFolder(input, "SC-10", 2, "waiver.pdf");
        invoiceFolder(input, "SC-2", 1, "b-payroll.pdf", "a-waiver.pdf");
        Files.writeString(input.resolve("SC-2").resolve("notes.txt"), "not merged");
        Path output = folder.resolve("backup.pdf");

        Run run = run("compile", "--input", input.toString(), "--output", output.toString());

        assertThat(run.exit).isZero();
        assertThat(run.out.lines().toList().getLast())
                .matches("invoices=2 files=6 pages=9 warnings=1 seconds=\\d+\\.\\d\\d bytes=" + Files.size(output));
        assertThat(run.out).contains("warning: SC-2: notes.txt is not a PDF or an image; it is listed, not merged.");
        assertThat(Files.exists(folder.resolve("backup.pdf.partial"))).isFalse();
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            // cover, contents, SC-2: 1 + 1 (a-waiver) + 1 (b-payroll), SC-10: 2 + 1, manifest
            assertThat(pdf.pages()).isEqualTo(9);
            assertThat(pdf.bookmarks()).extracting(outline -> outline.getTitle()).containsExactly("SC-2", "SC-10");
            assertThat(pdf.bookmarks().getFirst().getAllChildren().getFirst().getAllChildren())
                    .extracting(outline -> outline.getTitle()).containsExactly("Invoice document", "a-waiver.pdf", "b-payroll.pdf");
            assertThat(pdf.text(3)).contains("SC-2 invoice page 1");
        }
    }

    @Test
    void refuses_bad_arguments_with_one_line_and_a_non_zero_exit() throws IOException {
        Run missing = run("compile", "--input", folder.resolve("nowhere").toString(), "--output", "x.pdf");
        assertThat(missing.exit).isNotZero();
        assertThat(missing.err.strip()).startsWith("Not a folder:").doesNotContain("\n");
        Run usage = run("compile", "--input", folder.toString());
        assertThat(usage.exit).isNotZero();
        assertThat(usage.exit).isEqualTo(2);
        assertThat(usage.err).startsWith("Missing required option: '--output=FILE.pdf'").contains("Usage: compile");
        Run unknown = run("compile", "--input", folder.toString(), "--output", "x.pdf", "--dictionary", "klingon");
        assertThat(unknown.exit).isNotZero();
        assertThat(unknown.err.strip()).isEqualTo("Unknown dictionary: klingon");
    }

    @Test
    void a_folder_with_nothing_mergeable_fails_and_writes_nothing() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input").resolve("SC-1"));
        Files.writeString(input.resolve("00-invoice.pdf"), "not a pdf at all");
        Path output = folder.resolve("nothing.pdf");
        Run run = run("compile", "--input", input.getParent().toString(), "--output", output.toString());
        assertThat(run.exit).isNotZero();
        assertThat(run.err).startsWith("Backup failed:");
        assertThat(output).doesNotExist();
        assertThat(folder.resolve("nothing.pdf.partial")).doesNotExist();
    }

    private static void invoiceFolder(Path input, String name, int invoicePages, String... attachments) throws IOException {
        Path folder = Files.createDirectories(input.resolve(name));
        Files.write(folder.resolve("00-invoice.pdf"), TestFiles.pdf(name + " invoice", invoicePages));
        for (String attachment : attachments) {
            Files.write(folder.resolve(attachment), TestFiles.pdf(name + " " + attachment, 1));
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CompileCommand.run(args, TestWords::named, TestWords.TYPES, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
