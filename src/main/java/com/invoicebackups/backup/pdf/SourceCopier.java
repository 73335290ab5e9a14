package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies one proven source into the backup, all or nothing, without ever undoing work in the output:
 * pages are copied detached, stamped and their form fields prepared first; only when all of that has
 * succeeded are they added to the page tree and the form. A failure before that leaves only objects
 * nothing refers to; they are emptied and freed, so they cost neither memory nor bytes.
 */
final class SourceCopier {

    /** What was carried: the number of pages, and whether the form had to be flattened. */
    record Copied(int pages, boolean flattened) {
    }

    /** A source that could not be copied; nothing of it is in the backup. */
    static final class Failed extends RuntimeException {
        final String reasonKey;

        Failed(Throwable cause) {
            super(cause.getMessage() == null ? null : cause.getMessage(), cause);
            this.reasonKey = cause instanceof StackOverflowError ? "backup.reason.too-deep"
                    : cause instanceof OutOfMemoryError ? "backup.reason.too-much-memory" : "backup.reason.damaged";
        }
    }

    private final PdfDocument pdf;
    private final PageStamper stamper;
    private final PageText text;

    SourceCopier(PdfDocument pdf, PageStamper stamper, PageText text) {
        this.pdf = pdf;
        this.stamper = stamper;
        this.text = text;
    }

    /**
     * Copies every page of the source with live form fields when they can be merged; when that fails
     * and the source has a form, tries once more with the fields flattened into their appearance.
     */
    Copied copy(OpenedSource.Pdf source, String fieldPrefix) {
        PdfDocument document = source.document();
        try {
            return new Copied(copy(document, source.liveForm(), fieldPrefix), !source.liveForm());
        } catch (Failed first) {
            if (!source.liveForm() || !hasWidgets(document)) {
                throw first;
            }
        }
        return new Copied(copy(document, false, fieldPrefix), true);
    }

    private static boolean hasWidgets(PdfDocument document) {
        try {
            return FormFields.hasWidgets(document);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private int copy(PdfDocument source, boolean liveForm, String fieldPrefix) {
        int mark = pdf.getNumberOfPdfObjects();
        int before = pdf.getNumberOfPages();
        List<PdfPage> copies = new ArrayList<>(source.getNumberOfPages());
        FormFields.Roots fields;
        try {
            for (int i = 1; i <= source.getNumberOfPages(); i++) {
                PdfPage page = source.getPage(i);
                if (liveForm) {
                    copies.add(page.copyTo(pdf));
                } else {
                    List<PdfDictionary> widgets = FormFields.detachWidgets(page);
                    PdfPage copy = page.copyTo(pdf);
                    FormFields.flatten(copy, widgets, pdf, text.regular);
                    copies.add(copy);
                }
            }
            InternalLinks.relink(source, copies, pdf);
            for (int i = 0; i < copies.size(); i++) {
                // numbered by position: pdf.getPageNumber searches all pages and would make merging quadratic
                stamper.stampCopied(copies.get(i), before + i + 1);
            }
            fields = liveForm ? FormFields.link(copies, fieldPrefix, source, pdf) : FormFields.Roots.NONE;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            copies.clear();
            discardSince(mark, source);
            throw new Failed(e);
        }
        commit(copies, fields);
        return copies.size();
    }

    /** Everything is prepared: only entries are put in place now, which cannot meet the source's damage. */
    private void commit(List<PdfPage> copies, FormFields.Roots fields) {
        for (PdfPage copy : copies) {
            pdf.addPage(copy);
        }
        fields.addTo(pdf);
    }

    /**
     * Empties and frees what a failed copy created (nothing refers to it), and forgets which source
     * objects were copied, so a second attempt copies afresh and the source can be let go.
     */
    private void discardSince(int mark, PdfDocument source) {
        for (int number = mark; number < pdf.getNumberOfPdfObjects(); number++) {
            try {
                PdfObject object = pdf.getPdfObject(number);
                if (object instanceof PdfStream stream) {
                    stream.setData(new byte[0]);
                }
                if (object instanceof PdfDictionary dictionary) {
                    dictionary.clear();
                } else if (object instanceof PdfArray array) {
                    array.clear();
                }
                PdfIndirectReference reference = object == null ? null : object.getIndirectReference();
                if (reference != null && !reference.isFree()) {
                    reference.setFree();
                }
            } catch (RuntimeException ignored) {
                // an object that cannot even be looked at is left as it is: unreferenced, so harmless
            }
        }
        try {
            pdf.flushCopiedObjects(source);
        } catch (RuntimeException ignored) {
            // the entries stay; they only keep memory until the backup is closed
        }
    }
}
