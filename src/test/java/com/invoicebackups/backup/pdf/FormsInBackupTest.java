package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several filled-in forms from different producers in one backup keep every field's value. */
class FormsInBackupTest {

    @TempDir
    Path folder;

    private final BackupEngineTest support = new BackupEngineTest();

    @Test
    void button_forms_and_hierarchical_tax_forms_in_one_backup_keep_every_field_and_value() throws IOException {
        support.folder = folder;
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", null, List.of(
                source("waiver-a.pdf", TestForms.buttons("Granite Concrete Co.")),
                source("w9-a.pdf", TestForms.taxForm(150, "Granite Concrete Co.")),
                source("waiver-b.pdf", TestForms.buttons("Voltline Electrical")),
                source("w9-b.pdf", TestForms.taxForm(150, "Voltline Electrical"))));
        Path output = folder.resolve("forms.pdf");
        BackupResult result = support.compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);

        assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED);
        assertThat(result.manifest()).extracting(BackupResult.ManifestEntry::pages).containsExactly(1, 2, 1, 2);
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            Map<String, PdfFormField> fields = PdfFormCreator.getAcroForm(pdf.pdf, false).getAllFormFields();
            assertThat(value(fields, "d0_claimant")).isEqualTo("Granite Concrete Co.");
            assertThat(value(fields, "d2_claimant")).isEqualTo("Voltline Electrical");
            assertThat(value(fields, "d0_conditional")).isEqualTo("Yes");
            assertThat(value(fields, "d2_payment")).isEqualTo("progress");
            assertThat(fields).containsKeys("d0_print", "d2_print");
            assertThat(value(fields, "d1_topmostSubform[0].Page1[0].f1_07[0]")).isEqualTo("1-7");
            assertThat(value(fields, "d1_topmostSubform[0].Page2[0].f1_149[0]")).isEqualTo("2-149");
            assertThat(value(fields, "d3_topmostSubform[0].Page2[0].f1_07[0]")).isEqualTo("2-7");
            assertThat(value(fields, "d1_topmostSubform[0].filer")).isEqualTo("Granite Concrete Co.");
            assertThat(value(fields, "d3_topmostSubform[0].filer")).isEqualTo("Voltline Electrical");
            long terminal = fields.keySet().stream().filter(name -> name.matches("d[13]_.*f1_\\d+\\[0]")).count();
            assertThat(terminal).isEqualTo(2 * 2 * 150);
            // every widget on the form pages still shows its appearance
            for (int page = 2; page <= 7; page++) {
                List<PdfAnnotation> widgets = pdf.pdf.getPage(page).getAnnotations().stream()
                        .filter(annotation -> PdfName.Widget.equals(annotation.getSubtype())).toList();
                assertThat(widgets).isNotEmpty().allMatch(widget -> widget.getPdfObject().getAsDictionary(PdfName.AP) != null);
            }
            PdfDictionary filer = fields.get("d1_topmostSubform[0].filer").getPdfObject();
            assertThat(filer.getAsArray(PdfName.Kids)).hasSize(2);
        }
    }

    @Test
    void a_form_whose_fields_cannot_be_merged_is_carried_flattened_and_the_manifest_says_so() throws IOException {
        support.folder = folder;
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", null, List.of(
                source("waiver.pdf", TestForms.buttons("Granite Concrete Co.")),
                source("cyclic.pdf", TestForms.cyclicFields("Summit Steel"))));
        Path output = folder.resolve("flattened.pdf");
        BackupResult result = support.compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);

        assertThat(result.status()).isEqualTo(BackupResult.Status.SUCCEEDED_WITH_WARNINGS);
        BackupResult.ManifestEntry flattened = result.manifest().get(1);
        assertThat(flattened.fate()).isEqualTo(BackupResult.Fate.MERGED);
        assertThat(flattened.pages()).isEqualTo(2);
        assertThat(flattened.reason()).contains("flattened");
        assertThat(result.warnings()).anyMatch(warning -> warning.contains("cyclic.pdf") && warning.contains("flattened"));
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.text(3)).contains("Summit Steel", "1-3");
            assertThat(pdf.text(4)).contains("Summit Steel", "2-9");
            assertThat(pdf.pdf.getPage(3).getAnnotations()).noneMatch(a -> PdfName.Widget.equals(a.getSubtype()));
            assertThat(pdf.text(pdf.pages())).contains("cyclic.pdf", "flattened");
            Map<String, PdfFormField> fields = PdfFormCreator.getAcroForm(pdf.pdf, false).getAllFormFields();
            assertThat(value(fields, "d0_claimant")).isEqualTo("Granite Concrete Co.");
        }
    }

    @Test
    void a_flattened_form_that_left_drawing_to_the_viewer_still_shows_its_values() throws IOException {
        support.folder = folder;
        BackupRequest.Invoice invoice = new BackupRequest.Invoice("SC-1", "Bedrock", "1-01", null, List.of(
                source("no-appearances.pdf", TestForms.cyclicFields("Summit Steel", true))));
        Path output = folder.resolve("no-appearances-out.pdf");
        BackupResult result = support.compile(new BackupRequest.Options(false, true, null), List.of(invoice), output);

        assertThat(result.manifest().getFirst().reason()).contains("flattened");
        try (PdfReadBack pdf = new PdfReadBack(output)) {
            assertThat(pdf.text(3)).contains("2-9", "Summit Steel");
        }
    }

    private BackupRequest.Source source(String name, byte[] content) throws IOException {
        return new BackupRequest.Source(name, "LIEN_WAIVER", support.write(name, content));
    }

    private static String value(Map<String, PdfFormField> fields, String name) {
        assertThat(fields).containsKey(name);
        return fields.get(name).getValueAsString();
    }
}
