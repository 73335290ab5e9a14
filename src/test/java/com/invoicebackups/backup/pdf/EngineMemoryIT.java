package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat: a backup of about 2,300 pages, several hundred megabytes, compiles through the
 * command line in a separate JVM whose heap is far smaller than the output.
 */
class EngineMemoryIT {

    @TempDir
    Path folder;

    @Test
    void thousands_of_pages_compile_in_a_small_heap() throws Exception {
        Path input = Files.createDirectories(folder.resolve("corpus"));
        int pages = new Corpus(7).generate(input, 180, 3);
        Path output = folder.resolve("backup.pdf");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), Application.class.getName(), "compile",
                "--input", input.toString(), "--output", output.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(out).isZero();
        List<String> lines = out.lines().filter(line -> line.startsWith("invoices=")).toList();
        // cover + 16 contents pages (720 documents, 46 a page) + the pages + 27 manifest pages (27 a page)
        assertThat(lines).singleElement().asString().startsWith("invoices=180 files=720 pages=" + (pages + 1 + 16 + 27) + " ");
        assertThat(Files.size(output)).isGreaterThan(128L * 1024 * 1024);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.pages()).isEqualTo(pages + 44);
            assertThat(pdf.text(pdf.pages())).contains("Backup page " + pdf.pages() + " of " + pdf.pages());
        }
    }
}
