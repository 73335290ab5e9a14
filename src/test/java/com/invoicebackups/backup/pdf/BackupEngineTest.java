package com.invoicebackups.backup.pdf;

import static com.invoicebackups.backup.pdf.TestWords.GC;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import com.itextpdf.kernel.pdf.PdfOutline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's output read back: structure, navigation, stamps and metadata. */
class BackupEngineTest {

    @TempDir
    Path folder;

    @Test
    void a_backup_holds_cover_contents_every_part_in_order_and_the_manifest() throws IOException {
        List<BackupRequest.Invoice> invoices = List.of(
                invoice("SC-2", "Granite Concrete Co.", "2-01", 2, 3, 1),
                invoice("SC-2", "Granite Concrete Co.", "2-02", 1, 2),
                invoice("SC-10", "Voltline Electrical", "10-01", 2, 4));
        Path output = folder.resolve("backup.pdf");
        BackupResult result = compile(BackupRequest.Options.ALL, invoices, output);

        // cover + contents (7 entries fit one page) + 2+3+1 + 1+2 + 2+4 + one manifest page
        assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED);
        assertThat(result.pages()).isEqualTo(1 + 1 + 15 + 1);
        assertThat(result.manifest()).hasSize(7).allMatch(entry -> entry.sha256().length() == 64);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.pages()).isEqualTo(18);
            assertThat(pdf.text(1)).contains("Subcontractor invoice backup", "Requested by", "Dana Whitfield");
            assertThat(pdf.text(2)).contains("Contents", "Granite Concrete Co.", "2-01-attachment-1.pdf");
            assertThat(pdf.text(3)).contains("2-01 invoice page 1");
            assertThat(pdf.text(5)).contains("2-01-attachment-1.pdf page 1");
            assertThat(pdf.text(12)).contains("10-01 invoice page 1");
            assertThat(pdf.text(18)).contains("Manifest of source files", "10-01-attachment-1.pdf", "merged");

            assertThat(pdf.linkTargets(2)).containsExactly(3, 5, 8, 9, 10, 12, 14);

            List<PdfOutline> contracts = pdf.bookmarks();
            assertThat(contracts).extracting(PdfOutline::getTitle)
                    .containsExactly("SC-2 \u00b7 Granite Concrete Co.", "SC-10 \u00b7 Voltline Electrical");
            assertThat(contracts.getFirst().getAllChildren()).extracting(PdfOutline::getTitle)
                    .containsExactly("Invoice 2-01", "Invoice 2-02");
            PdfOutline firstInvoice = contracts.getFirst().getAllChildren().getFirst();
            assertThat(firstInvoice.getAllChildren()).extracting(PdfOutline::getTitle)
                    .containsExactly("Invoice document", "2-01-attachment-1.pdf", "2-01-attachment-2.pdf");
            assertThat(firstInvoice.getAllChildren()).extracting(pdf::bookmarkPage).containsExactly(3, 5, 8);
            assertThat(pdf.bookmarkPage(contracts.get(1))).isEqualTo(12);

            assertThat(pdf.text(1)).contains("Backup page 1 of 18");
            assertThat(pdf.text(9)).contains("Backup page 9 of 18");
            assertThat(pdf.text(18)).contains("Backup page 18 of 18");

            assertThat(pdf.pdf.getDocumentInfo().getTitle()).isEqualTo("Subcontractor invoice backup - Test");
            assertThat(pdf.pdf.getDocumentInfo().getAuthor()).isEqualTo("Dana Whitfield");
            assertThat(pdf.pdf.getTrailer().getAsDictionary(com.itextpdf.kernel.pdf.PdfName.Info)
                    .get(com.itextpdf.kernel.pdf.PdfName.CreationDate)).isNotNull();
        }
    }

    @Test
    void options_leave_out_the_cover_the_invoice_documents_or_attachment_types() throws IOException {
        Path lien = write("lien.pdf", TestFiles.pdf("lien", 2));
        Path payroll = write("payroll.pdf", TestFiles.pdf("payroll", 3));
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01",
                new BackupRequest.Source("Invoice document", null, write("invoice.pdf", TestFiles.pdf("invoice", 2))),
                List.of(new BackupRequest.Source("lien.pdf", "LIEN_WAIVER", lien),
                        new BackupRequest.Source("payroll.pdf", "CERTIFIED_PAYROLL", payroll)));
        Path output = folder.resolve("options.pdf");
        BackupResult result = compile(new BackupRequest.Options(false, false, java.util.Set.of("LIEN_WAIVER")),
                List.of(invoice), output);
        assertThat(result.pages()).isEqualTo(1 + 2 + 1);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.text(1)).contains("Contents", "lien.pdf").doesNotContain("payroll.pdf");
            assertThat(pdf.text(2)).contains("lien page 1");
        }
    }

    @Test
    void contents_run_over_several_pages_when_there_are_many_documents() throws IOException {
        List<BackupRequest.Invoice> invoices = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            invoices.add(invoice("SC-" + i, "Company " + i, i + "-01", 1, 1));
        }
        Path output = folder.resolve("long.pdf");
        BackupResult result = compile(new BackupRequest.Options(false, true, null), invoices, output);
        // 60 entries need two contents pages; 60 single pages; 60 manifest entries need three pages
        assertThat(result.pages()).isEqualTo(2 + 60 + 3);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.text(2)).contains("Contents (continued)");
            assertThat(pdf.linkTargets(2).getLast()).isEqualTo(62);
            assertThat(pdf.text(62)).contains("30-01-attachment-1.pdf page 1", "Backup page 62 of 65");
        }
    }

    @Test
    void links_inside_an_attachment_still_lead_to_its_own_pages() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.itextpdf.kernel.pdf.PdfDocument pdf = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfWriter(out))) {
            for (int i = 0; i < 3; i++) {
                pdf.addNewPage();
            }
            pdf.getPage(1).addAnnotation(new com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation(
                    new com.itextpdf.kernel.geom.Rectangle(50, 50, 100, 20))
                    .setDestination(com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination.createFit(pdf.getPage(3))));
            pdf.getPage(2).addAnnotation(new com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation(
                    new com.itextpdf.kernel.geom.Rectangle(50, 50, 100, 20))
                    .setAction(com.itextpdf.kernel.pdf.action.PdfAction.createGoTo(
                            com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination.createFit(pdf.getPage(1)))));
        }
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", null, List.of(
                new BackupRequest.Source("before.pdf", "OTHER", write("before.pdf", TestFiles.pdf("before", 2))),
                new BackupRequest.Source("linked.pdf", "OTHER", write("linked.pdf", out.toByteArray()))));
        Path output = folder.resolve("links.pdf");
        compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            // contents is page 1, before.pdf pages 2 and 3, linked.pdf pages 4 to 6
            assertThat(pdf.internalLinkTargets(4)).containsExactly(6);
            assertThat(pdf.internalLinkTargets(5)).containsExactly(4);
        }
    }

    @Test
    void the_manifest_gives_each_file_its_own_sha256_whichever_thread_hashed_it() throws Exception {
        // small files are hashed from the bytes held in memory, larger ones as a stream; the opening thread hashes a
        // file when the copying thread is busy, the copying thread when it already waits: both happen in 40 files
        java.util.Random random = new java.util.Random(26);
        List<BackupRequest.Invoice> invoices = new ArrayList<>();
        java.util.Map<String, Path> files = new java.util.HashMap<>();
        for (int i = 1; i <= 10; i++) {
            List<BackupRequest.Source> attachments = new ArrayList<>();
            for (int a = 1; a <= 4; a++) {
                String name = i + "-" + a + ".pdf";
                Path file = write(name, random.nextInt(4) == 0 ? TestFiles.noisePdf(3, 120_000, random.nextLong())
                        : TestFiles.pdf(name, 1 + random.nextInt(3)));
                files.put(name, file);
                attachments.add(new BackupRequest.Source(name, "OTHER", file));
            }
            invoices.add(new BackupRequest.Invoice("SC-" + i, "Company " + i, i + "-01", null, attachments));
        }
        assertThat(files.values().stream().filter(file -> file.toFile().length() > SourceFile.IN_MEMORY_BYTES))
                .isNotEmpty();
        BackupResult result = compile(new BackupRequest.Options(false, true, null), invoices, folder.resolve("hashed.pdf"));

        assertThat(result.manifest()).hasSize(40).allSatisfy(entry -> assertThat(entry.sha256())
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(files.get(entry.file()))))));
    }

    @Test
    void a_backup_merged_into_a_backup_keeps_its_own_stamps_beside_the_new_ones() throws IOException {
        Path earlier = folder.resolve("earlier.pdf");
        compile(new BackupRequest.Options(false, true, null), List.of(invoice("SC-1", "Bedrock", "1-01", 2)), earlier);
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-02", null, List.of(
                new BackupRequest.Source("before.pdf", "OTHER", write("before.pdf", TestFiles.pdf("before", 2))),
                new BackupRequest.Source("earlier.pdf", "OTHER", earlier)));
        Path output = folder.resolve("nested.pdf");
        compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            // contents, before.pdf (2), earlier.pdf (its contents, 2 invoice pages, its manifest), the manifest
            assertThat(pdf.pages()).isEqualTo(1 + 2 + 4 + 1);
            assertThat(pdf.text(5)).contains("1-01 invoice page 1", "Backup page 2 of 4", "Backup page 5 of 8");
            assertThat(pdf.text(7)).contains("Backup page 4 of 4", "Backup page 7 of 8");
        }
    }

    BackupResult compile(BackupRequest.Options options, List<BackupRequest.Invoice> invoices, Path output)
            throws IOException {
        return compile(new BackupEngine(), options, invoices, output);
    }

    BackupResult compile(BackupEngine engine, BackupRequest.Options options, List<BackupRequest.Invoice> invoices,
                         Path output) throws IOException {
        BackupRequest request = new BackupRequest("Subcontractor invoice backup - Test", "Dana Whitfield",
                ZonedDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneId.of("America/Los_Angeles")), GC, options,
                new BackupRequest.Cover("Riverside (2024-017)", List.of("#6"), "$1.00", "$0.10", "$0.90"), invoices);
        try (OutputStream out = Files.newOutputStream(output)) {
            return engine.compile(request, out, BackupEngine.Progress.NONE);
        }
    }

    /** An invoice whose document has {@code documentPages} pages and one attachment per further count. */
    BackupRequest.Invoice invoice(String contract, String company, String label, int documentPages,
                                  int... attachmentPages) throws IOException {
        List<BackupRequest.Source> attachments = new ArrayList<>();
        for (int i = 0; i < attachmentPages.length; i++) {
            String name = label + "-attachment-" + (i + 1) + ".pdf";
            attachments.add(new BackupRequest.Source(name, "OTHER", write(name, TestFiles.pdf(name, attachmentPages[i]))));
        }
        Path document = write(label + "-invoice.pdf", TestFiles.pdf(label + " invoice", documentPages));
        return new BackupRequest.Invoice(contract, company, label,
                new BackupRequest.Source("Invoice document", null, document), attachments);
    }

    Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
