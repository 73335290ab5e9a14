package com.invoicebackups.backup.pdf;

import com.invoicebackups.terminology.Dictionary;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** "Changes since <file> of <date>": each kind of change with its lines, before the manifest. */
final class ChangesPages {

    private static final float LEFT = 40;
    private static final float WIDTH = 532;
    private static final float LINE = 12;
    private static final float BOTTOM = 48;

    private final PdfDocument pdf;
    private final Dictionary words;
    private final PageText text;
    private final ObjIntConsumer<PdfPage> finished;
    private final String title;
    private PdfPage page;
    private PdfCanvas canvas;
    private float y;
    private int index;

    private ChangesPages(PdfDocument pdf, String title, Dictionary words, PageText text, ObjIntConsumer<PdfPage> finished) {
        this.pdf = pdf;
        this.title = title;
        this.words = words;
        this.text = text;
        this.finished = finished;
    }

    /** Writes the pages; returns the first, for a bookmark. */
    static PdfPage write(PdfDocument pdf, String title, PackageChanges changes, Dictionary words, PageText text,
                         ObjIntConsumer<PdfPage> finished) {
        ChangesPages pages = new ChangesPages(pdf, title, words, text, finished);
        pages.start();
        PdfPage first = pages.page;
        if (changes.none()) {
            pages.line(words.get("backup.changes.none"), false);
        }
        for (PackageChanges.Section section : changes.sections()) {
            if (section.lines().isEmpty()) {
                continue;
            }
            pages.room(3 * LINE);
            pages.y -= LINE / 2;
            pages.line(words.get("backup.changes.section." + section.key(), section.lines().size()), true);
            section.lines().forEach(line -> pages.line(line, false));
        }
        pages.finished.accept(pages.page, pages.index);
        return first;
    }

    private void line(String content, boolean heading) {
        List<String> lines = ReconciliationPages.wrapped(heading ? text.bold : text.regular, 9, content,
                heading ? WIDTH : WIDTH - 12);
        for (String part : lines) {
            room(LINE);
            PageText.show(canvas, heading ? text.bold : text.regular, 9, ColorConstants.BLACK,
                    heading ? LEFT : LEFT + 12, y, part, WIDTH);
            y -= LINE;
        }
    }

    private void room(float height) {
        if (y - height < BOTTOM) {
            finished.accept(page, index);
            index++;
            start();
        }
    }

    private void start() {
        page = pdf.addNewPage(PageSize.LETTER);
        canvas = new PdfCanvas(page);
        // the title names a file, often longer than a line
        y = 750;
        for (String line : ReconciliationPages.wrapped(text.bold, 14, index == 0 ? title
                : words.get("backup.changes.continued", title), WIDTH)) {
            PageText.show(canvas, text.bold, 14, ColorConstants.BLACK, LEFT, y, line, WIDTH);
            y -= 18;
        }
        y -= 8;
    }
}
