package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text read from uploads (certificates' expiry, signed documents' amounts) goes through the engine's bounds. */
class BoundedTextTest {

    @TempDir
    Path folder;

    @Test
    void a_certificate_states_its_text_and_a_bomb_or_a_cyclic_page_tree_states_nothing_within_the_budget()
            throws IOException {
        Path certificate = Files.write(folder.resolve("certificate.pdf"), TestFiles.pdf("Policy expires 03/31/2027", 1));
        assertThat(BoundedText.firstPages(certificate, 2)).hasValueSatisfying(pages ->
                assertThat(pages.getFirst()).contains("Policy expires 03/31/2027"));

        long started = System.nanoTime();
        byte[] bomb = RawPdf.contentBomb("BT /F1 12 Tf 72 700 Td (Policy expires 03/31/2027) Tj ET ", 200);
        assertThat(BoundedText.firstPages(Files.write(folder.resolve("bomb.pdf"), bomb), 2)).isEmpty();
        assertThat(BoundedText.firstPages(Files.write(folder.resolve("cycle.pdf"), cyclicPageTree()), 2)).isEmpty();
        assertThat(BoundedText.firstPages(Files.write(folder.resolve("notes.pdf"),
                "not a PDF".getBytes(StandardCharsets.UTF_8)), 2)).isEmpty();
        assertThat(System.nanoTime() - started).isLessThan(2 * BoundedText.BUDGET.toNanos());
    }

    /** A page tree whose node lists itself among its kids. */
    private static byte[] cyclicPageTree() {
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");
        raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        return raw.build(catalog);
    }
}
