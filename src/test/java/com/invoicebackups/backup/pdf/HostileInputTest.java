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
import java.io.ByteArrayOutputStream;
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

    private record Outcome(BackupResult result, BackupResult.ManifestEntry entry, int contentPages) {
        void assertLeftOut(String reason) {
            assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED_WITH_WARNINGS);
            assertThat(entry.fate()).isEqualTo(BackupResult.Fate.LEFT_OUT);
            assertThat(entry.reason()).startsWith(reason);
            assertThat(result.warnings()).anyMatch(warning -> warning.contains(entry.file()) && warning.contains(reason));
            assertThat(contentPages).isEqualTo(2 + 3);
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
        BackupResult result = support.compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);
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
