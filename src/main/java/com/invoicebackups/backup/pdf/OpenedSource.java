package com.invoicebackups.backup.pdf;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.pdf.PdfDocument;

/** A source file after it has been judged: something to merge, something only to list, or something left out. */
sealed interface OpenedSource {

    String sha256();

    /**
     * A readable PDF. {@code repairKey} names how it was repaired (null when it needed no repair);
     * {@code temporary} is a rebuilt copy to delete once merged (null when the original is read).
     */
    record Pdf(PdfDocument document, int pages, String repairKey, String sha256, java.nio.file.Path temporary)
            implements OpenedSource {

        boolean repaired() {
            return repairKey != null;
        }

        /** Closes the document and removes a rebuilt copy. */
        void close() {
            SourceOpener.closeQuietly(document);
            if (temporary != null) {
                try {
                    java.nio.file.Files.deleteIfExists(temporary);
                } catch (java.io.IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    record Image(ImageData image, String sha256) implements OpenedSource {
    }

    /** Kept out of the PDF but named in the contents and the manifest (a spreadsheet, say). */
    record Listed(String reasonKey, String sha256) implements OpenedSource {
    }

    record LeftOut(String reasonKey, String detail, String sha256) implements OpenedSource {
    }
}
