package com.invoicebackups.backup.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The second attempt for a PDF iText cannot read: PDFBox's lenient parser recovers several kinds of
 * damage iText does not (a compressed cross-reference stream cut off, for one). The recovered document
 * is written to a temporary copy, which iText then merges like any other file.
 */
final class PdfBoxRebuild {

    /** A rebuilt copy and the page count PDFBox found in it. */
    record Copy(Path file, int pages) {
    }

    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private PdfBoxRebuild() {
    }

    static Optional<Copy> rebuild(Path damaged) {
        Path copy = null;
        try {
            if (Files.size(damaged) > MAX_BYTES) {
                return Optional.empty();
            }
            // streams are cached in temporary files, so a large scan does not fill the heap
            try (PDDocument document = Loader.loadPDF(new File(damaged.toString()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache())) {
                int pages = document.getNumberOfPages();
                if (pages == 0 || document.isEncrypted()) {
                    return Optional.empty();
                }
                copy = Files.createTempFile("rebuilt-", ".pdf");
                document.save(copy.toFile());
                return Optional.of(new Copy(copy, pages));
            }
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            delete(copy);
            return Optional.empty();
        }
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
