package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a PDF's first pages, read the way a backup reads a source: through the bounded opener and the
 * proof (time, size, depth, page tree, bombs), so a hostile upload costs no more here than in a compile. Empty
 * when the file is not a PDF, cannot be read as it is, or is refused.
 */
public final class BoundedText {

    /** What reading a document's first pages may cost; they are read while a user waits for an upload. */
    public static final Duration BUDGET = Duration.ofSeconds(10);

    private BoundedText() {
    }

    public static Optional<List<String>> firstPages(Path pdf, int pages) {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        try {
            SourceFile file = SourceFile.read(pdf);
            if (file.kind() != SourceFile.Kind.PDF || file.size() > SourceOpener.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            HeaderFixedSource source = SourceOpener.source(file);
            source.failReadsAfter(deadline);
            try (PdfDocument document = SourceOpener.open(source)) {
                int count = document.getNumberOfPages();
                if (count == 0 || count > SourceOpener.MAX_PAGES_PER_FILE) {
                    return Optional.empty();
                }
                PdfCheck.prove(document, deadline, BUDGET.toSeconds(), Runtime.getRuntime().maxMemory() / 6);
                List<String> text = new ArrayList<>();
                for (int page = 1; page <= Math.min(pages, count); page++) {
                    text.add(PdfTextExtractor.getTextFromPage(document.getPage(page)));
                }
                return Optional.of(text);
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // what cannot be read within the bounds states nothing; the upload check reports the file itself
            return Optional.empty();
        }
    }
}
