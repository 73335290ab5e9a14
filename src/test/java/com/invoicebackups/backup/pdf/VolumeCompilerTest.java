package com.invoicebackups.backup.pdf;

import static com.invoicebackups.backup.pdf.TestWords.GC;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volumes below a cap, each a complete backup, together holding every page; an invoice is never split. */
class VolumeCompilerTest {

    @TempDir
    Path folder;

    @Test
    void volumes_stay_below_the_cap_hold_every_page_once_and_name_their_number_in_every_stamp() throws IOException {
        // six invoices of about 300 KB each (a 2-page document of noise and a 1-page waiver): 2 fit below 900 KB
        List<BackupRequest.Invoice> invoices = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            invoices.add(new BackupRequest.Invoice("SC-" + i, "Company " + i, i + "-01",
                    source("Invoice document", noisePdf(folder.resolve(i + "-invoice.pdf"), 2, 140_000, i)),
                    List.of(source("Waiver.pdf", write(folder.resolve(i + "-waiver.pdf"), TestFiles.pdf("waiver " + i, 1))))));
        }
        Path out = Files.createDirectories(folder.resolve("out"));

        VolumeCompiler.Outcome outcome = new VolumeCompiler(new BackupEngine()).compile(request(invoices), 900_000, out,
                BackupEngine.Progress.NONE);

        assertThat(outcome.volumes()).hasSize(3);
        assertThat(outcome.result().status()).isEqualTo(BackupResult.Status.SUCCEEDED);
        List<String> labels = new ArrayList<>();
        int pages = 0;
        for (int v = 0; v < 3; v++) {
            VolumeCompiler.Volume volume = outcome.volumes().get(v);
            assertThat(volume.bytes()).isEqualTo(Files.size(volume.file())).isLessThanOrEqualTo(900_000);
            try (PdfReadBack pdf = new PdfReadBack(volume.file())) {
                assertThat(pdf.pages()).isEqualTo(volume.pages());
                pages += pdf.pages();
                String volumeOf = "Volume " + (v + 1) + " of 3";
                assertThat(pdf.text(1)).contains(volumeOf).contains("Backup page 1 of " + pdf.pages());
                assertThat(pdf.text(pdf.pages())).contains("Manifest of source files", volumeOf + " - Backup page "
                        + pdf.pages() + " of " + pdf.pages());
                // each volume's own contents, pointing into itself; only the first carries the reconciliation
                assertThat(pdf.text(2)).contains(v == 0 ? "Reconciliation" : "Contents");
                pdf.bookmarks().forEach(contract -> contract.getAllChildren().forEach(invoice -> labels.add(invoice.getTitle())));
                assertThat(pdf.bookmarks()).hasSize(2);
            }
        }
        assertThat(labels).containsExactly("Invoice 1-01", "Invoice 2-01", "Invoice 3-01", "Invoice 4-01",
                "Invoice 5-01", "Invoice 6-01");
        // 6 x 3 merged pages, plus cover, contents and manifest in each volume and the reconciliation in the first
        assertThat(pages).isEqualTo(18 + 3 * 3 + 1).isEqualTo(outcome.result().pages());
        assertThat(outcome.result().manifest()).hasSize(12);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).hasSize(3);
        }
    }

    @Test
    void an_invoice_larger_than_the_cap_gets_a_volume_of_its_own() throws IOException {
        List<BackupRequest.Invoice> invoices = List.of(
                invoice(1, 50_000), invoice(2, 1_200_000), invoice(3, 50_000));

        VolumeCompiler.Outcome outcome = new VolumeCompiler(new BackupEngine()).compile(request(invoices), 900_000,
                Files.createDirectories(folder.resolve("out")), BackupEngine.Progress.NONE);

        assertThat(outcome.volumes()).hasSize(3);
        assertThat(outcome.volumes().get(1).bytes()).isGreaterThan(900_000);
        assertThat(outcome.volumes().get(0).bytes()).isLessThanOrEqualTo(900_000);
    }

    @Test
    void the_command_line_writes_numbered_volumes_beside_the_output_name() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        for (int i = 1; i <= 3; i++) {
            Path invoice = Files.createDirectories(input.resolve("SC-" + i));
            noisePdf(invoice.resolve(CompileCommand.INVOICE_FILE), 1, 600_000, i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = CompileCommand.run(new String[] {"compile", "--input", input.toString(), "--output",
                folder.resolve("March.pdf").toString(), "--max-volume-mb", "1"}, Map.of(), TestWords::named, TestWords.TYPES,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(folder.resolve("March.pdf")).doesNotExist();
        for (int v = 1; v <= 3; v++) {
            assertThat(Files.size(folder.resolve("March-" + v + ".pdf"))).isLessThanOrEqualTo(1_000_000);
        }
        assertThat(folder.resolve("March-4.pdf")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("volume 3: March-3.pdf bytes=");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    private BackupRequest.Invoice invoice(int number, int noiseBytes) throws IOException {
        return new BackupRequest.Invoice("SC-" + number, "Company", number + "-01",
                source("Invoice document", noisePdf(folder.resolve(number + "-invoice.pdf"), 1, noiseBytes, number)),
                List.of());
    }

    private static BackupRequest request(List<BackupRequest.Invoice> invoices) {
        BackupRequest.Reconciliation reconciliation = new BackupRequest.Reconciliation(List.of(), List.of());
        return new BackupRequest("Subcontractor invoice backup - Test", "Tester",
                ZonedDateTime.of(2026, 3, 31, 17, 0, 0, 0, ZoneOffset.UTC), GC, BackupRequest.Options.ALL, null, invoices)
                .reconciled(reconciliation);
    }

    private static BackupRequest.Source source(String name, Path file) {
        return new BackupRequest.Source(name, null, file);
    }

    private static Path write(Path file, byte[] content) throws IOException {
        return Files.write(file, content);
    }

    private static Path noisePdf(Path file, int pages, int bytesPerPage, long seed) throws IOException {
        return Files.write(file, TestFiles.noisePdf(pages, bytesPerPage, seed));
    }
}
