package com.invoicebackups.backup.pdf;

import static com.invoicebackups.backup.pdf.TestWords.GC;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ZIP delivery: one PDF per invoice and one for the front and back matter, read back entry by entry. */
class ZipPackagerTest {

    @TempDir
    Path folder;

    @Test
    void one_pdf_per_invoice_and_one_for_cover_contents_and_manifest_each_keeping_the_backups_page_numbers()
            throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        BackupResult result = new ZipPackager(new BackupEngine()).write(request(), zip, folder, BackupEngine.Progress.NONE);

        Map<String, byte[]> entries = entries(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("00 - Cover, contents and manifest.pdf", "01 - SC-1 1-01.pdf",
                "02 - SC-2 2-01.pdf");
        // cover, contents, 1-01 (2 + 1), 2-01 (1), manifest
        assertThat(result.pages()).isEqualTo(7);
        try (PdfDocument front = read(entries.get("00 - Cover, contents and manifest.pdf"))) {
            assertThat(front.getNumberOfPages()).isEqualTo(3);
            assertThat(text(front, 1)).contains("Subcontractor invoice backup");
            assertThat(text(front, 3)).contains("Manifest of source files", "Backup page 7 of 7");
        }
        try (PdfDocument first = read(entries.get("01 - SC-1 1-01.pdf"))) {
            assertThat(first.getNumberOfPages()).isEqualTo(3);
            assertThat(text(first, 1)).contains("SC-1 invoice page 1", "Backup page 3 of 7");
            assertThat(text(first, 3)).contains("SC-1 waiver page 1", "Backup page 5 of 7");
        }
        try (PdfDocument second = read(entries.get("02 - SC-2 2-01.pdf"))) {
            assertThat(second.getNumberOfPages()).isEqualTo(1);
            assertThat(text(second, 1)).contains("SC-2 invoice page 1", "Backup page 6 of 7");
        }
        assertThat(folder.resolve("whole.pdf")).exists();
    }

    @Test
    void a_sealed_zip_holds_a_signed_pdf_for_each_part() throws Exception {
        Path keystore = folder.resolve("seal.p12");
        PackageSeal.createSelfSigned(keystore, "pw".toCharArray(), "Keystone Builders Inc.", Instant.now());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        new ZipPackager(new BackupEngine()).write(request().sealedWith(PackageSeal.load(keystore, "pw".toCharArray())),
                zip, folder, BackupEngine.Progress.NONE);

        for (Map.Entry<String, byte[]> entry : entries(zip.toByteArray()).entrySet()) {
            try (PdfDocument pdf = read(entry.getValue())) {
                SignatureUtil signatures = new SignatureUtil(pdf);
                assertThat(signatures.getSignatureNames()).as(entry.getKey()).containsExactly(PackageSeal.FIELD);
                assertThat(signatures.signatureCoversWholeDocument(PackageSeal.FIELD)).isTrue();
                assertThat(signatures.readSignatureData(PackageSeal.FIELD).verifySignatureIntegrityAndAuthenticity())
                        .isTrue();
            }
        }
    }

    @Test
    void file_names_lose_the_characters_file_systems_refuse() {
        assertThat(ZipPackager.safe("SC-1/2 A:B*?")).isEqualTo("SC-1_2 A_B__");
    }

    private BackupRequest request() throws IOException {
        List<BackupRequest.Invoice> invoices = List.of(
                new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", source("1-invoice.pdf", TestFiles.pdf("SC-1 invoice", 2)),
                        List.of(source("1-waiver.pdf", TestFiles.pdf("SC-1 waiver", 1)))),
                new BackupRequest.Invoice("SC-2", "Granite", "2-01", source("2-invoice.pdf", TestFiles.pdf("SC-2 invoice", 1)),
                        List.of()));
        return new BackupRequest("Subcontractor invoice backup - Test", "Tester",
                ZonedDateTime.of(2026, 3, 31, 17, 0, 0, 0, ZoneOffset.UTC), GC, BackupRequest.Options.ALL, null, invoices);
    }

    private BackupRequest.Source source(String name, byte[] content) throws IOException {
        return new BackupRequest.Source(name, null, Files.write(folder.resolve(name), content));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static PdfDocument read(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    private static String text(PdfDocument pdf, int page) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page));
    }
}
