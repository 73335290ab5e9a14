package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.function.ObjIntConsumer;

/**
 * Our own pages written from top to bottom: when the next block does not fit, the page is finished and a new one
 * starts with its heading. Each finished page goes to {@code finished} with its index, to be stamped.
 */
final class FlowingPages {

    /** Writes a page's heading; returns where the first block below it goes. {@code index} 0 is the first page. */
    interface Heading {
        float write(PdfCanvas canvas, int index);
    }

    private static final float BOTTOM = 48;

    private final PdfDocument pdf;
    private final Heading heading;
    private final ObjIntConsumer<PdfPage> finished;
    PdfPage page;
    PdfCanvas canvas;
    float y;
    private int index;

    FlowingPages(PdfDocument pdf, Heading heading, ObjIntConsumer<PdfPage> finished) {
        this.pdf = pdf;
        this.heading = heading;
        this.finished = finished;
        start();
    }

    /** Makes room for a block this high, on a new page if need be. */
    void room(float height) {
        if (y - height < BOTTOM) {
            finish();
            index++;
            start();
        }
    }

    /** Finishes the last page. */
    void finish() {
        finished.accept(page, index);
    }

    private void start() {
        page = pdf.addNewPage(PageSize.LETTER);
        canvas = new PdfCanvas(page);
        y = heading.write(canvas, index);
    }
}
