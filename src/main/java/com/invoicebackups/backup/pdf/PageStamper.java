package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * Writes "Backup page N of M" on every page. Copied pages get a strip added along the edge that shows
 * at the bottom (whatever the page's size or rotation), so the stamp never covers their content.
 * M is unknown until the end, so every stamp shows it through one shared form XObject that is filled
 * in when the backup is finished: no page has to stay in memory for it.
 */
final class PageStamper {

    static final float STRIP = 20;
    private static final float SIZE = 8;
    private static final float TOTAL_WIDTH = 40;
    private static final byte[] SAVE = "q\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] RESTORE = "\nQ\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final PdfDocument pdf;
    private final PageText text;
    private final MessageFormat prefix;
    private final String volume;
    private final String suffix;
    private final PdfFormXObject total;

    PageStamper(PdfDocument pdf, PageText text, Words words) {
        this(pdf, text, words, null);
    }

    /** {@code volume}: "Volume 2 of 3", written before the page number when the backup comes in volumes. */
    PageStamper(PdfDocument pdf, PageText text, Words words, String volume) {
        this.pdf = pdf;
        this.volume = volume == null ? "" : volume + " - ";
        this.text = text;
        String pattern = words.get("backup.page-stamp");
        int split = pattern.indexOf("{1}");
        this.prefix = new MessageFormat(pattern.substring(0, split), Locale.US);
        this.suffix = pattern.substring(split + 3);
        this.total = new PdfFormXObject(new Rectangle(0, 0, TOTAL_WIDTH, SIZE + 2));
    }

    /** A page of our own: it has a bottom margin, the stamp goes there. */
    void stampOwn(PdfPage page, int number) {
        Rectangle box = page.getCropBox();
        PdfCanvas canvas = new PdfCanvas(page);
        draw(canvas, box.getWidth(), number, box.getLeft(), box.getBottom());
    }

    /** A copied page: extend it by a strip at its displayed bottom and stamp inside the strip. */
    void stampCopied(PdfPage page, int number) {
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        Rectangle crop = page.getCropBox();
        Rectangle media = page.getMediaBox();
        float llx = crop.getLeft();
        float lly = crop.getBottom();
        float urx = crop.getRight();
        float ury = crop.getTop();
        switch (rotation) {
            case 90 -> urx += STRIP;
            case 180 -> ury += STRIP;
            case 270 -> llx -= STRIP;
            default -> lly -= STRIP;
        }
        Rectangle extended = new Rectangle(llx, lly, urx - llx, ury - lly);
        page.setCropBox(extended);
        page.setMediaBox(new Rectangle(Math.min(media.getLeft(), llx), Math.min(media.getBottom(), lly),
                Math.max(media.getRight(), urx) - Math.min(media.getLeft(), llx),
                Math.max(media.getTop(), ury) - Math.min(media.getBottom(), lly)));

        // keep whatever graphics state the page's own content leaves behind away from the stamp
        // the two streams are a few bytes each: compressing them would cost a zlib state per page for nothing
        PdfStream before = page.newContentStreamBefore();
        before.setCompressionLevel(CompressionConstants.NO_COMPRESSION);
        before.getOutputStream().writeBytes(SAVE);
        PdfStream after = page.newContentStreamAfter();
        after.setCompressionLevel(CompressionConstants.NO_COMPRESSION);
        after.getOutputStream().writeBytes(RESTORE);
        PdfCanvas canvas = new PdfCanvas(after, page.getResources(), pdf);
        canvas.saveState();
        float displayedWidth = rotation == 90 || rotation == 270 ? extended.getHeight() : extended.getWidth();
        switch (rotation) {
            case 90 -> canvas.concatMatrix(0, 1, -1, 0, urx, lly);
            case 180 -> canvas.concatMatrix(-1, 0, 0, -1, urx, ury);
            case 270 -> canvas.concatMatrix(0, -1, 1, 0, llx, ury);
            default -> canvas.concatMatrix(1, 0, 0, 1, llx, lly);
        }
        draw(canvas, displayedWidth, number, 0, 0);
        canvas.restoreState();
    }

    private void draw(PdfCanvas canvas, float width, int number, float originX, float originY) {
        // stamps are plain ASCII in a standard font: drawn directly, without PageText's fitting, as this runs per page
        float right = originX + width - 24;
        float y = originY + 7;
        String before = volume + prefix.format(new Object[] {String.valueOf(number)});
        canvas.saveState().setFillColor(ColorConstants.DARK_GRAY);
        if (!suffix.isEmpty()) {
            right -= text.regular.getWidth(suffix, SIZE);
            canvas.beginText().setFontAndSize(text.regular, SIZE).moveText(right, y).showText(suffix).endText();
        }
        right -= TOTAL_WIDTH;
        canvas.addXObjectAt(total, right, y);
        canvas.beginText().setFontAndSize(text.regular, SIZE)
                .moveText(right - text.regular.getWidth(before, SIZE), y).showText(before).endText();
        canvas.restoreState();
    }

    /** Writes the page total into every stamp at once. */
    void finish(int pages) {
        PdfCanvas canvas = new PdfCanvas(total, pdf);
        String value = String.valueOf(pages);
        canvas.beginText().setFontAndSize(text.regular, SIZE).setFillColor(ColorConstants.DARK_GRAY)
                .moveText(0, 0).showText(value).endText();
    }
}
