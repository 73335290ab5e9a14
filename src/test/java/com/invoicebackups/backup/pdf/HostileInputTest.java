package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.EncryptionConstants;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile attachment sits between two good ones: the backup still succeeds, says what happened to
 * the bad file, and the good files keep all their pages.
 */
class HostileInputTest {

    @TempDir
    Path folder;

    private final BackupEngineTest support = new BackupEngineTest();
    private Duration budget = SourceOpener.DEFAULT_BUDGET;
    private long maxSourceBytes = Long.MAX_VALUE;

    @BeforeEach
    void shareFolder() {
        support.folder = folder;
    }

    @Test
    void an_owner_password_pdf_is_included() throws IOException {
        Outcome outcome = compileAround("permissions.pdf", TestFiles.ownerPasswordPdf("protected but readable"));
        assertThat(outcome.result.status()).isEqualTo(BackupResult.Status.SUCCEEDED);
        assertThat(outcome.entry.fate()).isEqualTo(BackupResult.Fate.MERGED);
        assertThat(outcome.contentPages).isEqualTo(2 + 1 + 3);
    }

    @Test
    void a_pdf_that_needs_a_user_password_is_left_out() throws IOException {
        Outcome outcome = compileAround("locked.pdf", TestFiles.userPasswordPdf("secret"));
        outcome.assertLeftOut("needs a password");
    }

    @Test
    void a_zero_byte_file_is_left_out() throws IOException {
        compileAround("empty.pdf", new byte[0]).assertLeftOut("the file is empty");
    }

    @Test
    void a_text_file_named_pdf_is_left_out() throws IOException {
        compileAround("notes.pdf", "just some notes".getBytes(StandardCharsets.UTF_8))
                .assertLeftOut("the content is not what the file name says");
    }

    @Test
    void a_truncated_pdf_is_repaired_or_left_out_and_reported() throws IOException {
        byte[] pdf = TestFiles.pdf("truncated", 3);
        Outcome outcome = compileAround("truncated.pdf", Arrays.copyOf(pdf, pdf.length * 2 / 3));
        assertThat(outcome.result.status()).isEqualTo(BackupResult.Status.SUCCEEDED_WITH_WARNINGS);
        assertThat(outcome.entry.fate()).isIn(BackupResult.Fate.REPAIRED, BackupResult.Fate.LEFT_OUT);
        assertThat(outcome.result.warnings()).anyMatch(warning -> warning.contains("truncated.pdf"));
        assertThat(outcome.contentPages).isEqualTo(2 + outcome.entry.pages() + 3);
    }

    @Test
    void a_pdf_with_a_broken_cross_reference_table_is_repaired_and_reported() throws IOException {
        String pdf = new String(TestFiles.pdf("broken xref", 2), StandardCharsets.ISO_8859_1);
        int startxref = pdf.lastIndexOf("startxref");
        String broken = pdf.substring(0, startxref) + "startxref\n999999\n%%EOF\n";
        Outcome outcome = compileAround("broken-xref.pdf", broken.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(outcome.entry.fate()).isEqualTo(BackupResult.Fate.REPAIRED);
        assertThat(outcome.entry.pages()).isEqualTo(2);
        assertThat(outcome.result.warnings()).anyMatch(warning -> warning.contains("broken-xref.pdf was damaged and has been repaired"));
        assertThat(outcome.contentPages).isEqualTo(2 + 2 + 3);
    }

    @Test
    void a_compressed_pdf_cut_off_before_its_cross_reference_stream_is_rebuilt_by_the_second_reader()
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new com.itextpdf.kernel.pdf.WriterProperties()
                .setFullCompressionMode(true)));
             com.itextpdf.layout.Document document = new com.itextpdf.layout.Document(pdf)) {
            for (int page = 1; page <= 3; page++) {
                if (page > 1) {
                    document.add(new com.itextpdf.layout.element.AreaBreak());
                }
                document.add(new com.itextpdf.layout.element.Paragraph("cut off page " + page));
            }
        }
        String whole = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        int xrefStream = whole.lastIndexOf("\n", whole.lastIndexOf(" 0 obj", whole.lastIndexOf("startxref")));
        Outcome outcome = compileAround("cut-off.pdf", Arrays.copyOf(out.toByteArray(), xrefStream));

        assertThat(outcome.entry.fate()).isEqualTo(BackupResult.Fate.REPAIRED);
        assertThat(outcome.entry.reason()).contains("PDFBox");
        assertThat(outcome.entry.pages()).isEqualTo(3);
        assertThat(outcome.contentPages).isEqualTo(2 + 3 + 3);
        try (PdfReadBack pdf = new PdfReadBack(folder.resolve("out.pdf"))) {
            assertThat(pdf.text(4)).contains("cut off page 1");
            assertThat(pdf.text(6)).contains("cut off page 3");
        }
    }

    @Test
    void a_decompression_bomb_with_an_absurd_page_count_is_left_out() throws IOException {
        compileAround("bomb.pdf", pdfWithPages(SourceOpener.MAX_PAGES_PER_FILE + 1))
                .assertLeftOut("absurd page count (5001)");
    }

    @Test
    void images_become_one_page_each_and_other_files_are_listed_not_merged() throws IOException {
        Path jpeg = support.write("wide.jpg", TestFiles.jpeg(1600, 900));
        Path csv = support.write("material log.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", null, List.of(
                new BackupRequest.Source("wide.jpg", "RECEIPT", jpeg),
                new BackupRequest.Source("material log.csv", "OTHER", csv)));
        Path output = folder.resolve("images.pdf");
        BackupResult result = support.compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);
        assertThat(result.pages()).isEqualTo(1 + 1 + 1);
        assertThat(result.manifest()).extracting(BackupResult.ManifestEntry::fate)
                .containsExactly(BackupResult.Fate.MERGED, BackupResult.Fate.LISTED);
        assertThat(result.warnings()).containsExactly("1-01: material log.csv is not a PDF or an image; it is listed, not merged.");
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            Rectangle page = pdf.pdf.getPage(2).getPageSize();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            assertThat(pdf.text(1)).contains("material log.csv", "left out, see last page");
            assertThat(pdf.text(3)).contains("material log.csv", "listed, not merged");
        }
    }

    @Test
    void two_forms_with_the_same_field_names_keep_both_fields_and_values() throws IOException {
        Path a = support.write("waiver-a.pdf", formPdf("Granite Concrete Co."));
        Path b = support.write("waiver-b.pdf", formPdf("Voltline Electrical"));
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", null, List.of(
                new BackupRequest.Source("waiver-a.pdf", "LIEN_WAIVER", a),
                new BackupRequest.Source("waiver-b.pdf", "LIEN_WAIVER", b)));
        Path output = folder.resolve("forms.pdf");
        BackupResult result = support.compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);
        assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            Map<String, PdfFormField> fields = PdfFormCreator.getAcroForm(pdf.pdf, false).getAllFormFields();
            Map<String, String> claimants = fields.entrySet().stream()
                    .filter(field -> field.getKey().endsWith("claimant"))
                    .collect(Collectors.toMap(Map.Entry::getKey, field -> field.getValue().getValueAsString()));
            assertThat(claimants).hasSize(2).containsValues("Granite Concrete Co.", "Voltline Electrical");
            assertThat(pdf.pdf.getPage(2).getAnnotations()).isNotEmpty();
            assertThat(pdf.pdf.getPage(3).getAnnotations()).isNotEmpty();
        }
    }

    @Test
    void a_cyclic_page_tree_costs_only_its_own_pages() throws IOException {
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");
        raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        raw.stream("", "BT /F1 12 Tf 72 700 Td (cyclic) Tj ET".getBytes(StandardCharsets.ISO_8859_1));
        Outcome outcome = compileAround("cyclic-tree.pdf", raw.build(catalog));
        outcome.assertReportedAndConsistent();
    }

    @Test
    void an_object_in_an_object_stream_that_refers_to_itself_is_merged() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)))) {
            for (int i = 0; i < 2; i++) {
                PdfDictionary resources = pdf.addNewPage(PageSize.LETTER).getResources().getPdfObject();
                resources.makeIndirect(pdf);
                resources.put(new PdfName("Self"), resources.getIndirectReference());
            }
        }
        Outcome outcome = compileAround("self-reference.pdf", out.toByteArray());
        assertThat(outcome.entry.fate()).isEqualTo(BackupResult.Fate.MERGED);
        assertThat(outcome.contentPages).isEqualTo(2 + 2 + 3);
    }

    @Test
    void a_page_whose_content_inflates_beyond_the_limit_is_left_out_without_being_inflated_whole() throws IOException {
        compileAround("flate-bomb.pdf", RawPdf.contentBomb("", 200)).assertLeftOut("a stream inflates beyond 128 MB");
    }

    @Test
    void an_image_whose_data_inflates_far_beyond_its_declared_size_is_left_out() throws IOException {
        // 200 x 200 grey pixels declare 40 kB; the data inflates to 200 MB
        compileAround("image-data-bomb.pdf", imagePdf(200, 200, deflated(new byte[0], 200 << 20)))
                .assertLeftOut("an image's data inflates far beyond the size the image declares");
    }

    @Test
    void a_sound_flate_image_is_merged_also_when_its_start_inflates_far_better_than_the_rest() throws IOException {
        java.util.Random random = new java.util.Random(5);
        byte[] noise = new byte[1_000_000];
        random.nextBytes(noise);
        // a scan's blank top: its first raw bytes inflate as a bomb's would, the rest as noise
        byte[] blankTop = new byte[1_000_000];
        random.nextBytes(blankTop);
        Arrays.fill(blankTop, 0, 400_000, (byte) 0);
        for (byte[] pixels : List.of(noise, blankTop)) {
            Outcome outcome = compileAround("scan.pdf", imagePdf(1000, 1000, deflated(pixels, 0)));
            assertThat(outcome.entry.fate()).isEqualTo(BackupResult.Fate.MERGED);
        }
    }

    /** One page showing one Flate-compressed grey image of the given size and data. */
    private static byte[] imagePdf(int width, int height, byte[] data) {
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        raw.stream("", "q 500 0 0 500 50 50 cm /Im1 Do Q".getBytes(StandardCharsets.ISO_8859_1));
        raw.stream("/Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", data);
        return raw.build(catalog);
    }

    /** {@code data}, then {@code zeros} zero bytes, deflated. */
    private static byte[] deflated(byte[] data, int zeros) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            zip.write(data);
            byte[] block = new byte[1 << 20];
            for (int written = 0; written < zeros; written += block.length) {
                zip.write(block, 0, Math.min(block.length, zeros - written));
            }
        }
        return deflated.toByteArray();
    }

    @Test
    void an_image_declaring_fifty_thousand_pixels_square_inside_a_pdf_is_left_out() throws IOException {
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        raw.stream("", "q 500 0 0 500 50 50 cm /Im1 Do Q".getBytes(StandardCharsets.ISO_8859_1));
        raw.stream("/Type /XObject /Subtype /Image /Width 50000 /Height 50000 /ColorSpace /DeviceRGB"
                + " /BitsPerComponent 8 /Filter /FlateDecode", new byte[] {120, -100, 3, 0, 0, 0, 0, 1});
        compileAround("image-bomb.pdf", raw.build(catalog)).assertLeftOut("image too large (50000 x 50000 pixels)");
    }

    @Test
    void a_png_declaring_forty_thousand_pixels_square_is_left_out_before_it_is_decoded() throws IOException {
        compileAround("scan.png", TestFiles.pngHeader(40_000, 40_000))
                .assertLeftOut("image too large (40000 x 40000 pixels)");
    }

    @Test
    void a_jpeg_declaring_fifty_thousand_pixels_square_is_left_out_before_it_is_decoded() throws IOException {
        byte[] jpeg = TestFiles.jpeg(64, 48);
        for (int at = 2; at + 8 < jpeg.length; at++) {
            if ((jpeg[at] & 0xff) == 0xFF && (jpeg[at + 1] & 0xff) == 0xC0) {
                jpeg[at + 5] = (byte) (50_000 >> 8);
                jpeg[at + 6] = (byte) 50_000;
                jpeg[at + 7] = (byte) (50_000 >> 8);
                jpeg[at + 8] = (byte) 50_000;
                break;
            }
        }
        compileAround("scan.jpg", jpeg).assertLeftOut("image too large (50000 x 50000 pixels)");
    }

    @Test
    void an_unusual_header_version_and_bytes_before_the_header_do_not_keep_a_pdf_out() throws IOException {
        Outcome odd = compileAround("odd-version.pdf", RawPdf.simple("%PDF-1.8.5", "odd version page"));
        assertThat(odd.entry.fate()).isIn(BackupResult.Fate.MERGED, BackupResult.Fate.REPAIRED);
        assertThat(odd.contentPages).isEqualTo(2 + 1 + 3);

        byte[] preamble = "X-Scanner: Model 9\r\nSubject: waiver\r\n\r\n".repeat(40).getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf = RawPdf.simple("%PDF-1.4", "after a preamble");
        byte[] prefixed = Arrays.copyOf(preamble, preamble.length + pdf.length);
        System.arraycopy(pdf, 0, prefixed, preamble.length, pdf.length);
        Outcome late = compileAround("preamble.pdf", prefixed);
        assertThat(late.entry.fate()).isIn(BackupResult.Fate.MERGED, BackupResult.Fate.REPAIRED);
        assertThat(late.contentPages).isEqualTo(2 + 1 + 3);
    }

    @Test
    void an_aes_encrypted_pdf_that_needs_a_password_says_so() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setStandardEncryption(
                "user".getBytes(StandardCharsets.UTF_8), "owner".getBytes(StandardCharsets.UTF_8),
                EncryptionConstants.ALLOW_PRINTING, EncryptionConstants.ENCRYPTION_AES_256)))) {
            pdf.addNewPage();
        }
        compileAround("aes.pdf", out.toByteArray()).assertLeftOut("needs a password");
    }

    @Test
    void a_pdf_encrypted_for_a_certificate_says_so() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.KeyPair keys = generator.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name owner = new org.bouncycastle.asn1.x500.X500Name("CN=Owner's lender");
        java.security.cert.X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate(new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(owner, java.math.BigInteger.ONE,
                        new java.util.Date(), new java.util.Date(System.currentTimeMillis() + 86_400_000L), owner, keys.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setPublicKeyEncryption(
                new java.security.cert.Certificate[] {certificate}, new int[] {EncryptionConstants.ALLOW_PRINTING},
                EncryptionConstants.ENCRYPTION_AES_256)))) {
            pdf.addNewPage();
        }
        compileAround("for-the-lender.pdf", out.toByteArray()).assertLeftOut("encrypted for particular recipients (certificates); cannot be opened");
    }

    @Test
    void a_cross_reference_table_declaring_millions_of_objects_is_rebuilt_from_the_objects_really_there() throws IOException {
        String pdf = new String(RawPdf.simple("%PDF-1.4", "absurd"), StandardCharsets.ISO_8859_1);
        int table = pdf.indexOf("xref\n0 ");
        String absurd = pdf.substring(0, table) + "xref\n0 9000000" + pdf.substring(pdf.indexOf('\n', table + 5))
                .replaceFirst("/Size \\d+", "/Size 9000000");
        Outcome outcome = compileAround("absurd-objects.pdf", absurd.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(outcome.entry.fate()).isEqualTo(BackupResult.Fate.REPAIRED);
        assertThat(outcome.contentPages).isEqualTo(2 + 1 + 3);
    }

    @Test
    void a_source_whose_pages_hold_more_than_the_memory_allows_is_left_out_before_it_is_copied() throws IOException {
        byte[] spaces = new byte[2 << 20];
        Arrays.fill(spaces, (byte) ' ');
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        raw.stream("", spaces);
        maxSourceBytes = 1 << 20;
        compileAround("large-scan.pdf", raw.build(catalog))
                .assertLeftOut("its pages hold more than 1 MB, more than the memory of this server allows to copy at once");
    }

    @Test
    void objects_nested_absurdly_deep_cost_only_their_own_pages() throws IOException {
        String nested = "[".repeat(20_000) + "]".repeat(20_000);
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Deep " + nested + " >> >>");
        compileAround("deep.pdf", raw.build(catalog)).assertReportedAndConsistent();
    }

    @Test
    void a_source_that_outlasts_its_budget_is_abandoned_and_reported() throws IOException {
        StringBuilder kids = new StringBuilder();
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("PLACEHOLDER");
        for (int i = 0; i < 3_000; i++) {
            int page = raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /A " + (4 + 2 * i)
                    + " 0 R >> >>");
            raw.add("<< /Next " + (6 + 2 * i) + " 0 R >>");
            kids.append(page).append(" 0 R ");
        }
        raw.set(2, "<< /Type /Pages /Kids [" + kids + "] /Count 3000 >>");
        budget = Duration.ofMillis(1);
        compileAround("crawl.pdf", raw.build(catalog)).assertLeftOut("took longer than 0 seconds to read");
    }

    private record Outcome(BackupResult result, BackupResult.ManifestEntry entry, int contentPages) {
        void assertLeftOut(String reason) {
            assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED_WITH_WARNINGS);
            assertThat(entry.fate()).isEqualTo(BackupResult.Fate.LEFT_OUT);
            assertThat(entry.reason()).startsWith(reason);
            assertThat(result.warnings()).anyMatch(warning -> warning.contains(entry.file()) && warning.contains(reason));
            assertThat(contentPages).isEqualTo(2 + 3);
        }

        /** Whatever its fate, the file is reported and the pages it was credited with are all there. */
        void assertReportedAndConsistent() {
            assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED_WITH_WARNINGS);
            assertThat(result.warnings()).anyMatch(warning -> warning.contains(entry.file()));
            assertThat(contentPages).isEqualTo(2 + entry.pages() + 3);
        }
    }

    /** good (2 pages), the file under test, good (3 pages); no cover; returns pages between contents and manifest. */
    private Outcome compileAround(String name, byte[] content) throws IOException {
        Path bad = support.write(name, content);
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", null, List.of(
                new BackupRequest.Source("before.pdf", "OTHER", support.write("before.pdf", TestFiles.pdf("before", 2))),
                new BackupRequest.Source(name, "OTHER", bad),
                new BackupRequest.Source("after.pdf", "OTHER", support.write("after.pdf", TestFiles.pdf("after", 3)))));
        Path output = folder.resolve("out.pdf");
        BackupResult result = support.compile(new BackupEngine(budget, maxSourceBytes), new BackupRequest.Options(false, true, null),
                List.of(invoice), output);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.text(2)).contains("before page 1");
            assertThat(pdf.text(pdf.pages() - 1)).contains("after page 3");
            return new Outcome(result, result.manifest().get(1), pdf.pages() - 2);
        }
    }

    private static byte[] formPdf(String claimant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.addNewPage(PageSize.LETTER);
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
            form.addField(new TextFormFieldBuilder(pdf, "claimant")
                    .setWidgetRectangle(new Rectangle(100, 600, 300, 20)).createText().setValue(claimant));
        }
        return out.toByteArray();
    }

    private static byte[] pdfWithPages(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            for (int i = 0; i < pages; i++) {
                pdf.addNewPage(PageSize.A7);
            }
        }
        return out.toByteArray();
    }
}
