package com.invoicebackups.backup.pdf;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.CheckBoxFormFieldBuilder;
import com.itextpdf.forms.fields.NonTerminalFormFieldBuilder;
import com.itextpdf.forms.fields.PdfButtonFormField;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfTextFormField;
import com.itextpdf.forms.fields.PushButtonFormFieldBuilder;
import com.itextpdf.forms.fields.RadioFormFieldBuilder;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Filled-in forms built with iText: the kinds real backups are full of. */
final class TestForms {

    private TestForms() {
    }

    /** Push button, check boxes, a radio group and a text field, like a contractor's own waiver form. */
    static byte[] buttons(String claimant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.addNewPage(PageSize.LETTER);
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
            form.addField(new TextFormFieldBuilder(pdf, "claimant")
                    .setWidgetRectangle(new Rectangle(72, 700, 300, 20)).createText().setValue(claimant));
            form.addField(new PushButtonFormFieldBuilder(pdf, "print").setWidgetRectangle(new Rectangle(72, 650, 80, 24))
                    .setCaption("Print").createPushButton());
            form.addField(new CheckBoxFormFieldBuilder(pdf, "conditional").setWidgetRectangle(new Rectangle(72, 600, 16, 16))
                    .createCheckBox().setValue("Yes"));
            form.addField(new CheckBoxFormFieldBuilder(pdf, "final").setWidgetRectangle(new Rectangle(100, 600, 16, 16))
                    .createCheckBox().setValue("Off"));
            RadioFormFieldBuilder radios = new RadioFormFieldBuilder(pdf, "payment");
            PdfButtonFormField group = radios.createRadioGroup();
            group.addKid(radios.createRadioButton("progress", new Rectangle(72, 550, 16, 16)));
            group.addKid(radios.createRadioButton("final", new Rectangle(100, 550, 16, 16)));
            group.setValue("progress");
            form.addField(group);
        }
        return out.toByteArray();
    }

    /**
     * A pre-filled government form: hundreds of fields under parent fields with kids, the same field
     * names on both pages, and one field whose widgets sit on both pages.
     */
    static byte[] taxForm(int fieldsPerPage, String filer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.addNewPage(PageSize.LETTER);
            pdf.addNewPage(PageSize.LETTER);
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
            PdfFormField top = new NonTerminalFormFieldBuilder(pdf, "topmostSubform[0]").createNonTerminalFormField();
            for (int page = 1; page <= 2; page++) {
                PdfFormField pageField = new NonTerminalFormFieldBuilder(pdf, "Page" + page + "[0]").createNonTerminalFormField();
                for (int i = 0; i < fieldsPerPage; i++) {
                    float x = 40 + (i % 10) * 55;
                    float y = 740 - (i / 10) * 16;
                    PdfTextFormField field = new TextFormFieldBuilder(pdf, String.format("f1_%02d[0]", i))
                            .setWidgetRectangle(new Rectangle(x, y, 50, 14)).setPage(page).createText();
                    field.setValue(page + "-" + i);
                    pageField.addKid(field);
                }
                top.addKid(pageField);
            }
            PdfTextFormField name = new TextFormFieldBuilder(pdf, "filer").setWidgetRectangle(new Rectangle(40, 40, 300, 16))
                    .setPage(1).createText();
            PdfWidgetAnnotation second = new PdfWidgetAnnotation(new Rectangle(40, 40, 300, 16));
            pdf.getPage(2).addAnnotation(second);
            name.addKid(second);
            name.setValue(filer);
            top.addKid(name);
            form.addField(top);
        }
        return out.toByteArray();
    }

    /** The tax form with a cycle in its field hierarchy: the top field claims its own kid as parent. */
    static byte[] cyclicFields(String filer) throws IOException {
        return cyclicFields(filer, false);
    }

    /**
     * The same, and optionally without appearance streams on page 2 (its form leaves drawing the values
     * to the viewer, NeedAppearances).
     */
    static byte[] cyclicFields(String filer, boolean withoutAppearances) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(taxForm(10, filer))), new PdfWriter(out))) {
            PdfDictionary form = pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
            PdfDictionary top = form.getAsArray(PdfName.Fields).getAsDictionary(0);
            PdfDictionary kid = top.getAsArray(PdfName.Kids).getAsDictionary(0);
            top.put(PdfName.Parent, kid);
            top.setModified();
            if (withoutAppearances) {
                form.put(PdfName.NeedAppearances, com.itextpdf.kernel.pdf.PdfBoolean.TRUE);
                for (com.itextpdf.kernel.pdf.annot.PdfAnnotation widget : pdf.getPage(2).getAnnotations()) {
                    widget.getPdfObject().remove(PdfName.AP);
                    widget.getPdfObject().setModified();
                }
            }
        }
        return out.toByteArray();
    }
}
