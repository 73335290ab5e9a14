package com.invoicebackups.backup.pdf;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.pdf.PdfDocument;

/** A source file after it has been judged: something to merge, something only to list, or something left out. */
sealed interface OpenedSource {

    String sha256();

    record Pdf(PdfDocument document, int pages, boolean repaired, String sha256) implements OpenedSource {
    }

    record Image(ImageData image, String sha256) implements OpenedSource {
    }

    /** Kept out of the PDF but named in the contents and the manifest (a spreadsheet, say). */
    record Listed(String reasonKey, String sha256) implements OpenedSource {
    }

    record LeftOut(String reasonKey, String detail, String sha256) implements OpenedSource {
    }
}
