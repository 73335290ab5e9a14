package com.invoicebackups.backup.pdf;

import com.invoicebackups.terminology.Dictionary;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** The closing pages: every source file with its SHA-256 and page count, and what was left out or repaired, with why. */
final class ManifestPages {

    private static final int ENTRIES_PER_PAGE = 28;
    private static final float LEFT = 40;

    private ManifestPages() {
    }

    /** Writes the manifest; each finished page goes to {@code finished} with its number so it can be stamped. */
    static void write(PdfDocument pdf, List<BackupResult.ManifestEntry> entries, String signer, Dictionary words,
                      PageText text, ObjIntConsumer<PdfPage> finished) {
        int pages = Math.max(1, (entries.size() + ENTRIES_PER_PAGE - 1) / ENTRIES_PER_PAGE);
        for (int p = 0; p < pages; p++) {
            PdfPage page = pdf.addNewPage(PageSize.LETTER);
            PdfCanvas canvas = new PdfCanvas(page);
            PageText.show(canvas, text.bold, 16, ColorConstants.BLACK, LEFT, 750,
                    words.get(p == 0 ? "backup.manifest.title" : "backup.manifest.continued"), 520);
            PageText.show(canvas, text.regular, 8.5f, ColorConstants.DARK_GRAY, LEFT, 734,
                    words.get("backup.manifest.intro"), 532);
            float y = 712;
            if (p == 0 && signer != null) {
                PageText.show(canvas, text.bold, 8.5f, ColorConstants.BLACK, LEFT, 722,
                        words.get("backup.manifest.sealed-by", signer), 532);
                y = 704;
            }
            for (int i = p * ENTRIES_PER_PAGE; i < Math.min(entries.size(), (p + 1) * ENTRIES_PER_PAGE); i++) {
                BackupResult.ManifestEntry entry = entries.get(i);
                PageText.show(canvas, text.regular, 8.5f, ColorConstants.BLACK, LEFT, y, entry.invoice(), 80);
                PageText.show(canvas, text.regular, 8.5f, ColorConstants.BLACK, LEFT + 84, y, entry.file(), 290);
                PageText.showRight(canvas, text.regular, 8.5f, ColorConstants.BLACK, 440, y,
                        entry.pages() + " " + words.get("backup.manifest.pages"));
                PageText.show(canvas, text.bold, 8.5f, entry.fate() == BackupResult.Fate.MERGED
                                ? ColorConstants.BLACK : ColorConstants.RED, 450, y,
                        words.get("backup.fate." + entry.fate().name()), 122);
                String detail = "SHA-256 " + entry.sha256() + (entry.reason() == null ? "" : "  " + entry.reason());
                PageText.show(canvas, text.mono, 6.5f, ColorConstants.DARK_GRAY, LEFT + 84, y - 9, detail, 448);
                y -= 24;
            }
            finished.accept(page, p);
        }
    }
}
