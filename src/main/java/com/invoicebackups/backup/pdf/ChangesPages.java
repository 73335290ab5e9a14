package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import java.util.function.ObjIntConsumer;

/** "Changes since <file> of <date>": each kind of change with its lines, before the manifest. */
final class ChangesPages {

    private static final float LEFT = 40;
    private static final float WIDTH = 532;
    private static final float LINE = 12;

    private ChangesPages() {
    }

    /** Writes the pages; returns the first, for a bookmark. */
    static PdfPage write(PdfDocument pdf, String title, PackageChanges changes, Words words, PageText text,
                         ObjIntConsumer<PdfPage> finished) {
        FlowingPages pages = new FlowingPages(pdf, (canvas, index) -> {
            // the title names a file, often longer than a line
            float y = 750;
            for (String line : PageText.wrapped(text.bold, 14, index == 0 ? title
                    : words.get("backup.changes.continued", title), WIDTH)) {
                PageText.show(canvas, text.bold, 14, ColorConstants.BLACK, LEFT, y, line, WIDTH);
                y -= 18;
            }
            return y - 8;
        }, finished);
        PdfPage first = pages.page;
        if (changes.none()) {
            line(pages, text, words.get("backup.changes.none"), false);
        }
        for (PackageChanges.Section section : changes.sections()) {
            if (section.lines().isEmpty()) {
                continue;
            }
            pages.room(3 * LINE);
            pages.y -= LINE / 2;
            line(pages, text, words.get("backup.changes.section." + section.key(), section.lines().size()), true);
            section.lines().forEach(line -> line(pages, text, line, false));
        }
        pages.finish();
        return first;
    }

    private static void line(FlowingPages pages, PageText text, String content, boolean heading) {
        for (String part : PageText.wrapped(heading ? text.bold : text.regular, 9, content, heading ? WIDTH : WIDTH - 12)) {
            pages.room(LINE);
            PageText.show(pages.canvas, heading ? text.bold : text.regular, 9, ColorConstants.BLACK,
                    heading ? LEFT : LEFT + 12, pages.y, part, WIDTH);
            pages.y -= LINE;
        }
    }
}
