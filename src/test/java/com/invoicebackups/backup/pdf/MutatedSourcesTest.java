package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of PDFs the tests make (truncated, bytes flipped, cross-reference tables and object
 * streams corrupted, page trees made cyclic), 50 to a backup: no backup fails as a whole or outlasts
 * its bound, every output opens in iText and PDFBox, and every source the manifest calls merged has all
 * the pages it is credited with.
 */
class MutatedSourcesTest {

    private static final long SEED = Long.getLong("mutation.seed", 20261201L);
    private static final int BACKUPS = 10;
    private static final int PER_BACKUP = 50;
    private static final Duration BACKUP_BOUND = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    private final BackupEngineTest support = new BackupEngineTest();

    @Test
    void five_hundred_damaged_variants_never_fail_a_backup_nor_damage_its_output() throws IOException {
        support.folder = folder;
        Random random = new Random(SEED);
        List<byte[]> originals = List.of(TestFiles.pdf("classic", 3), compressed(4), TestForms.buttons("Granite"),
                TestForms.taxForm(30, "Voltline"), RawPdf.simple("%PDF-1.4", "raw one", "raw two"));
        int merged = 0;
        java.util.Map<BackupResult.Fate, Integer> fates = new java.util.EnumMap<>(BackupResult.Fate.class);
        for (int backup = 0; backup < BACKUPS; backup++) {
            List<BackupRequest.Invoice> invoices = new ArrayList<>();
            for (int invoice = 0; invoice < PER_BACKUP / 5; invoice++) {
                List<BackupRequest.Source> attachments = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String name = "b" + backup + "-i" + invoice + "-" + i + ".pdf";
                    byte[] variant = mutate(originals.get(random.nextInt(originals.size())), random);
                    attachments.add(new BackupRequest.Source(name, "OTHER", support.write(name, variant)));
                }
                String document = "b" + backup + "-i" + invoice + "-invoice.pdf";
                invoices.add(new BackupRequest.Invoice("SC-" + (invoice + 1), "Company " + invoice, backup + "-" + invoice,
                        new BackupRequest.Source(document, null, support.write(document, TestFiles.pdf("invoice", 1))),
                        attachments));
            }
            Path output = folder.resolve("backup-" + backup + ".pdf");
            long started = System.nanoTime();
            BackupResult result = support.compile(new BackupRequest.Options(false, true, null), invoices, output);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(result.status()).isNotEqualTo(BackupResult.Status.FAILED);
            assertThat(took).isLessThan(BACKUP_BOUND);
            assertThat(result.manifest()).hasSize(PER_BACKUP + invoices.size());
            merged += assertEveryCreditedPageIsThere(output, result);
            result.manifest().forEach(entry -> fates.merge(entry.fate(), 1, Integer::sum));
        }
        System.out.println("mutated sources: " + fates + ", mutated sources carried: " + merged);
        assertThat(merged).as("variants carried").isGreaterThan(50);
        assertThat(fates.getOrDefault(BackupResult.Fate.LEFT_OUT, 0)).as("variants left out").isGreaterThan(50);
        assertThat(fates.getOrDefault(BackupResult.Fate.REPAIRED, 0)).as("variants repaired").isGreaterThan(50);
    }

    /** Returns how many mutated sources were merged. */
    private static int assertEveryCreditedPageIsThere(Path output, BackupResult result) throws IOException {
        List<BackupResult.ManifestEntry> carried = result.manifest().stream().filter(entry -> entry.pages() > 0).toList();
        assertThat(carried).allMatch(entry -> entry.fate() == BackupResult.Fate.MERGED
                || entry.fate() == BackupResult.Fate.REPAIRED);
        try (PDDocument reopened = Loader.loadPDF(new File(output.toString()))) {
            assertThat(reopened.getNumberOfPages()).isEqualTo(result.pages());
        }
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.pages()).isEqualTo(result.pages());
            List<Integer> starts = new ArrayList<>();
            for (PdfOutline contract : pdf.bookmarks()) {
                for (PdfOutline invoice : contract.getAllChildren()) {
                    for (PdfOutline document : invoice.getAllChildren()) {
                        starts.add(pdf.bookmarkPage(document));
                    }
                }
            }
            int manifest = pdf.pages();
            while (manifest > 1 && textOrEmpty(pdf, manifest - 1).contains("Manifest of source files")) {
                manifest--;
            }
            starts.add(manifest);
            assertThat(starts).hasSize(carried.size() + 1);
            for (int i = 0; i < carried.size(); i++) {
                assertThat(starts.get(i + 1) - starts.get(i)).as(carried.get(i).file()).isEqualTo(carried.get(i).pages());
            }
        }
        return (int) carried.stream().filter(entry -> !entry.file().endsWith("-invoice.pdf")).count();
    }

    /** A carried page may hold damaged content that a text extractor trips over; a viewer shows what it can. */
    private static String textOrEmpty(PdfReadBack pdf, int page) {
        try {
            return pdf.text(page);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return switch (random.nextInt(5)) {
            case 0 -> Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
            case 1 -> {
                for (int flips = 1 + random.nextInt(20); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                yield bytes;
            }
            case 2 -> {
                int xref = Math.max(text.lastIndexOf("xref"), 0);
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    int at = xref + random.nextInt(bytes.length - xref);
                    bytes[at] = (byte) ('0' + random.nextInt(10));
                }
                yield bytes;
            }
            case 3 -> {
                int stream = text.indexOf("/ObjStm");
                int at = stream < 0 ? text.indexOf("stream") : text.indexOf("stream", stream);
                for (int flips = 1 + random.nextInt(10); at >= 0 && flips > 0; flips--) {
                    bytes[Math.min(bytes.length - 1, at + 7 + random.nextInt(200))] = (byte) random.nextInt(256);
                }
                yield bytes;
            }
            default -> cyclicPageTree(text, bytes);
        };
    }

    /** Puts the page tree's root among its own kids, where the tree is written in the open. */
    private static byte[] cyclicPageTree(String text, byte[] bytes) {
        int pages = text.indexOf("/Type /Pages");
        if (pages < 0) {
            pages = text.indexOf("/Type/Pages");
        }
        int objectStart = pages < 0 ? -1 : text.lastIndexOf(" 0 obj", pages);
        int kids = pages < 0 ? -1 : text.indexOf("/Kids", objectStart);
        int bracket = kids < 0 ? -1 : text.indexOf('[', kids);
        if (objectStart < 0 || bracket < 0) {
            return Arrays.copyOf(bytes, bytes.length / 2);
        }
        int numberStart = objectStart;
        while (numberStart > 0 && Character.isDigit(text.charAt(numberStart - 1))) {
            numberStart--;
        }
        String self = text.substring(numberStart, objectStart) + " 0 R ";
        return (text.substring(0, bracket + 1) + self + text.substring(bracket + 1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] compressed(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)));
             Document document = new Document(pdf)) {
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.add(new AreaBreak());
                }
                document.add(new Paragraph("compressed page " + page));
            }
        }
        return out.toByteArray();
    }
}
