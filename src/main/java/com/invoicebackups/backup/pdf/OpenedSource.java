package com.invoicebackups.backup.pdf;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.nio.file.Path;

/** A source file after it has been judged: something to merge, something only to list, or something left out. */
sealed interface OpenedSource {

    String sha256();

    /**
     * A readable PDF, proven copyable. {@code repairKey} names how it was repaired (null when it needed
     * no repair); {@code original} is the file as given, hashed when first asked (see {@link SourceFile#sha256()}),
     * unless {@code temporary} is a rebuilt copy, to delete once merged, and {@code originalSha256} the hash of the
     * file it was rebuilt from; {@code liveForm} says its form fields can be merged as fields; {@code fetched} is the
     * local file it was fetched to, released once merged (null when it was opened where it lies).
     */
    record Pdf(PdfDocument document, int pages, String repairKey, SourceFile original, String originalSha256,
               Path temporary, boolean liveForm, SourceContent.Local fetched) implements OpenedSource {

        @Override
        public String sha256() {
            return originalSha256 != null ? originalSha256 : original.sha256();
        }

        boolean repaired() {
            return repairKey != null;
        }

        Pdf rebuiltFrom(String sha256) {
            return new Pdf(document, pages, repairKey, original, sha256, temporary, liveForm, fetched);
        }

        Pdf withFetched(SourceContent.Local local) {
            return new Pdf(document, pages, repairKey, original, originalSha256, temporary, liveForm, local);
        }

        /** Closes the document and removes a rebuilt copy. */
        void close() {
            SourceOpener.closeQuietly(document);
            SecondReader.delete(temporary);
            if (fetched != null) {
                fetched.close();
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
