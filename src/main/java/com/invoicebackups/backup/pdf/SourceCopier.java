package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies one proven source into the backup, all or nothing, without ever undoing work in the output:
 * pages are copied detached, stamped and their form fields prepared first; only when all of that has
 * succeeded are they added to the page tree and the form. A failure before that leaves only
 * unreferenced objects, which are freed; the output stays valid with every other source complete.
 */
final class SourceCopier {

    /** What was carried: the number of pages, and whether the form had to be flattened. */
    record Copied(int pages, boolean flattened) {
    }

    /** A source that could not be copied; nothing of it is in the backup. */
    static final class Failed extends RuntimeException {
        Failed(Throwable cause) {
            super(String.valueOf(cause.getMessage()), cause);
        }
    }

    private final PdfDocument pdf;
    private final PageStamper stamper;

    SourceCopier(PdfDocument pdf, PageStamper stamper) {
        this.pdf = pdf;
        this.stamper = stamper;
    }

    /**
     * Copies every page of the source with live form fields when they can be merged; when that fails,
     * tries once more on a fresh reading with the fields flattened into their appearance.
     */
    Copied copy(OpenedSource.Pdf source, String fieldPrefix) {
        try {
            return new Copied(copy(source.document(), source.liveForm(), fieldPrefix), !source.liveForm());
        } catch (Failed first) {
            if (!source.liveForm() || !FormFields.hasWidgets(source.document())) {
                throw first;
            }
        }
        PdfDocument fresh = null;
        try {
            fresh = source.reopen().get();
            return new Copied(copy(fresh, false, fieldPrefix), true);
        } catch (Failed second) {
            throw second;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new Failed(e);
        } finally {
            SourceOpener.closeQuietly(fresh);
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
                    List<com.itextpdf.kernel.pdf.PdfDictionary> widgets = FormFields.detachWidgets(page);
                    PdfPage copy = page.copyTo(pdf);
                    FormFields.flatten(copy, widgets, pdf);
                    copies.add(copy);
                }
            }
            for (int i = 0; i < copies.size(); i++) {
                // numbered by position: pdf.getPageNumber searches all pages and would make merging quadratic
                stamper.stampCopied(copies.get(i), before + i + 1);
            }
            fields = liveForm ? FormFields.link(copies, fieldPrefix, source, pdf) : FormFields.Roots.NONE;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            freeSince(mark);
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

    /** Frees what a failed copy created: nothing refers to it, and it is not written. */
    private void freeSince(int mark) {
        for (int number = mark; number < pdf.getNumberOfPdfObjects(); number++) {
            try {
                PdfObject object = pdf.getPdfObject(number);
                PdfIndirectReference reference = object == null ? null : object.getIndirectReference();
                if (reference != null && !reference.isFree()) {
                    reference.setFree();
                }
            } catch (RuntimeException ignored) {
                // an object that cannot even be looked at is left as it is: unreferenced, so harmless
            }
        }
    }
}
