package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents. Its page numbers are known only after every document has been merged, but it
 * comes before them. So its pages are reserved up front, one fixed-height row per planned document (the
 * plan is known before any file is opened), kept open while everything after them is written and
 * flushed, and filled in at the end. Only these few pages stay in memory.
 */
final class ContentsPages {

    static final int ROWS_PER_PAGE = 46;
    private static final float ROW = 14;
    private static final float LEFT = 40;
    private static final float TOP = 716;
    private static final float[] COLUMNS = {LEFT, 110, 250, 330, 530};

    /** {@code page} null for a document not merged, {@code note} saying why. */
    record Entry(String invoiceKey, String contract, String company, String invoice, String document,
                 String destination, Integer page, String note) {
    }

    private final List<PdfPage> pages = new ArrayList<>();
    private final Words words;
    private final PageText text;

    private ContentsPages(Words words, PageText text) {
        this.words = words;
        this.text = text;
    }

    static int pagesFor(int entries) {
        return Math.max(1, (entries + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    static ContentsPages reserve(PdfDocument pdf, int entries, Words words, PageText text) {
        ContentsPages contents = new ContentsPages(words, text);
        for (int i = 0; i < pagesFor(entries); i++) {
            contents.pages.add(pdf.addNewPage(PageSize.LETTER));
        }
        return contents;
    }

    List<PdfPage> pages() {
        return pages;
    }

    void fill(List<Entry> entries) {
        for (int p = 0; p < pages.size(); p++) {
            PdfPage page = pages.get(p);
            PdfCanvas canvas = new PdfCanvas(page);
            String title = words.get(p == 0 ? "backup.contents.title" : "backup.contents.continued");
            PageText.show(canvas, text.bold, 16, ColorConstants.BLACK, LEFT, 750, title, 520);
            String[] headers = {words.get("backup.contents.contract"), words.get("backup.contents.company"),
                    words.get("grid.invoice-number"), words.get("backup.contents.document")};
            for (int c = 0; c < headers.length; c++) {
                PageText.show(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, COLUMNS[c], 730, headers[c],
                        COLUMNS[c + 1] - COLUMNS[c] - 6);
            }
            PageText.showRight(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, 572, 730,
                    words.get("backup.contents.page"));
            int first = p * ROWS_PER_PAGE;
            for (int i = first; i < Math.min(entries.size(), first + ROWS_PER_PAGE); i++) {
                row(page, canvas, entries.get(i), TOP - (i - first) * ROW);
            }
        }
    }

    private void row(PdfPage page, PdfCanvas canvas, Entry entry, float y) {
        String[] cells = {entry.contract(), entry.company(), entry.invoice(), entry.document()};
        // a note in place of the page number takes room from the document's title
        float[] ends = {COLUMNS[1], COLUMNS[2], COLUMNS[3], entry.page() == null
                ? Math.min(COLUMNS[4], 572 - text.regular.getWidth(PageText.clean(text.regular, entry.note()), 8.5f))
                : COLUMNS[4]};
        for (int c = 0; c < cells.length; c++) {
            PageText.show(canvas, text.regular, 8.5f, ColorConstants.BLACK, COLUMNS[c], y, cells[c],
                    ends[c] - COLUMNS[c] - 6);
        }
        if (entry.page() == null) {
            PageText.showRight(canvas, text.regular, 8.5f, ColorConstants.GRAY, 572, y, entry.note());
            return;
        }
        PageText.showRight(canvas, text.regular, 8.5f, ColorConstants.BLUE, 572, y, String.valueOf(entry.page()));
        PdfLinkAnnotation link = new PdfLinkAnnotation(new Rectangle(LEFT, y - 3, 572 - LEFT, ROW));
        link.setAction(PdfAction.createGoTo(entry.destination()));
        link.setBorder(new PdfArray(new float[] {0, 0, 0}));
        page.addAnnotation(link);
    }
}
