package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * Writes "Backup page N of M" on every page. Copied pages get a strip added along the edge that shows
 * at the bottom (whatever the page's size or rotation), so the stamp never covers their content.
 * M is unknown until the end, so every stamp shows it through one shared form XObject that is filled
 * in when the backup is finished: no page has to stay in memory for it.
 * The stamp is a few operators written straight into its own content stream: it runs on every page of
 * the backup, where a canvas and the page's resource bookkeeping would cost more than the copy itself.
 */
final class PageStamper {

    static final float STRIP = 20;
    private static final float SIZE = 8;
    private static final float TOTAL_WIDTH = 40;
    private static final byte[] SAVE = "q\n".getBytes(StandardCharsets.US_ASCII);
    private static final PdfName FONT = new PdfName("BackupStampFont");
    private static final PdfName TOTAL = new PdfName("BackupStampTotal");
    private static final String GRAY = gray();

    private final PdfDocument pdf;
    private final PdfFont font;
    /** What comes before the page number ("Volume 2 of 3 - Backup page "), and after it up to the total (" of "). */
    private final Encoded head;
    private final Encoded tail;
    private final Encoded suffix;
    private final Encoded[] digits = new Encoded[10];
    private final PdfFormXObject total;

    /**
     * Text as the operand of a show-text operator, escaped, with its width at the stamp's size: the words are
     * encoded once, so a page costs only the digits of its number.
     */
    private record Encoded(String literal, float width) {
    }

    PageStamper(PdfDocument pdf, PageText text, Words words) {
        this(pdf, text, words, null);
    }

    /** {@code volume}: "Volume 2 of 3", written before the page number when the backup comes in volumes. */
    PageStamper(PdfDocument pdf, PageText text, Words words, String volume) {
        this.pdf = pdf;
        this.font = text.regular;
        String pattern = words.get("backup.page-stamp");
        int split = pattern.indexOf("{1}");
        // formatted once with a marker where the number goes, so the dictionary's quoting rules apply as ever
        String prefix = new MessageFormat(pattern.substring(0, split), Locale.US).format(new Object[] {"\u0000"});
        int number = prefix.indexOf('\u0000');
        this.head = encoded((volume == null ? "" : volume + " - ") + prefix.substring(0, number));
        this.tail = encoded(prefix.substring(number + 1));
        this.suffix = encoded(pattern.substring(split + 3));
        for (int digit = 0; digit < 10; digit++) {
            digits[digit] = encoded(String.valueOf(digit));
        }
        this.total = new PdfFormXObject(new Rectangle(0, 0, TOTAL_WIDTH, SIZE + 2));
        total.makeIndirect(pdf);
        pdf.addFont(font);
    }

    /** A page of our own: it has a bottom margin, the stamp goes there. */
    void stampOwn(PdfPage page, int number) {
        Rectangle box = page.getCropBox();
        write(page, page.newContentStreamAfter(), "", "1 0 0 1 " + decimal(box.getLeft()) + " "
                + decimal(box.getBottom()), box.getWidth(), number);
    }

    /** A copied page: extend it by a strip at its displayed bottom and stamp inside the strip. */
    void stampCopied(PdfPage page, int number) {
        // a copy carries what it inherited in its own dictionary: asking the page would search the whole page tree
        PdfDictionary own = page.getPdfObject();
        int rotation = own.get(PdfName.Rotate) == null ? 0 : ((page.getRotation() % 360) + 360) % 360;
        Rectangle media = page.getMediaBox();
        Rectangle crop = own.get(PdfName.CropBox) == null ? media : page.getCropBox();
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
        float displayedWidth = rotation == 90 || rotation == 270 ? extended.getHeight() : extended.getWidth();
        String matrix = switch (rotation) {
            case 90 -> "0 1 -1 0 " + decimal(urx) + " " + decimal(lly);
            case 180 -> "-1 0 0 -1 " + decimal(urx) + " " + decimal(ury);
            case 270 -> "0 -1 1 0 " + decimal(llx) + " " + decimal(ury);
            default -> "1 0 0 1 " + decimal(llx) + " " + decimal(lly);
        };
        write(page, after, "\nQ\n", matrix, displayedWidth, number);
    }

    /** Appends to {@code stream} the stamp at the bottom right of a strip {@code width} wide placed by {@code matrix}. */
    private void write(PdfPage page, PdfStream stream, String restore, String matrix, float width, int number) {
        PdfDictionary resources = page.getPdfObject().getAsDictionary(PdfName.Resources);
        if (resources == null) {
            resources = new PdfDictionary();
            page.getPdfObject().put(PdfName.Resources, resources);
        }
        PdfName fontName = resource(resources, PdfName.Font, FONT, font.getPdfObject());
        PdfName totalName = resource(resources, PdfName.XObject, TOTAL, total.getPdfObject());
        float right = width - 24;
        float y = 7;
        StringBuilder content = new StringBuilder(200).append(restore).append("q\n").append(matrix).append(" cm\nq\n")
                .append(GRAY).append(" rg\n");
        if (!suffix.literal().isEmpty()) {
            right -= suffix.width();
            text(content, fontName, right, y, suffix.literal());
        }
        right -= TOTAL_WIDTH;
        content.append("q 1 0 0 1 ").append(decimal(right)).append(' ').append(decimal(y)).append(" cm ")
                .append(totalName).append(" Do Q\n");
        StringBuilder before = new StringBuilder(64).append(head.literal());
        float beforeWidth = head.width() + tail.width();
        String written = Integer.toString(number);
        for (int i = 0; i < written.length(); i++) {
            Encoded digit = digits[written.charAt(i) - '0'];
            before.append(digit.literal());
            beforeWidth += digit.width();
        }
        before.append(tail.literal());
        text(content, fontName, right - beforeWidth, y, before);
        content.append("Q\nQ\n");
        stream.getOutputStream().writeBytes(content.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void text(StringBuilder content, PdfName fontName, float x, float y, CharSequence literal) {
        content.append("BT\n").append(fontName).append(' ').append(decimal(SIZE)).append(" Tf\n").append(decimal(x))
                .append(' ').append(decimal(y)).append(" Td\n(").append(literal).append(") Tj\nET\n");
    }

    private Encoded encoded(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 8);
        for (byte b : font.convertToBytes(text)) {
            char c = (char) (b & 0xff);
            if (c == '(' || c == ')' || c == '\\') {
                literal.append('\\');
            }
            literal.append(c);
        }
        return new Encoded(literal.toString(), font.getWidth(text, SIZE));
    }

    /**
     * The name under which the page's resources hold {@code value}: {@code wanted}, unless the page already uses
     * that name for something else (a backup merged into a backup carries stamps of its own).
     */
    private static PdfName resource(PdfDictionary resources, PdfName category, PdfName wanted, PdfObject value) {
        PdfDictionary named = resources.getAsDictionary(category);
        if (named == null) {
            named = new PdfDictionary();
            resources.put(category, named);
        }
        PdfName name = wanted;
        for (int n = 2; named.get(name, false) != null && named.get(name, false) != value.getIndirectReference(); n++) {
            name = new PdfName(wanted.getValue() + n);
        }
        named.put(name, value);
        return name;
    }

    /** A coordinate as the PDF wants it: a plain decimal, to a hundredth of a point. */
    private static String decimal(float value) {
        long hundredths = Math.round(value * 100.0);
        String sign = hundredths < 0 ? "-" : "";
        long abs = Math.abs(hundredths);
        long cents = abs % 100;
        return sign + abs / 100 + (cents == 0 ? "" : cents % 10 == 0 ? "." + cents / 10 : cents < 10 ? ".0" + cents : "." + cents);
    }

    private static String gray() {
        float[] rgb = ColorConstants.DARK_GRAY.getColorValue();
        return decimal(rgb[0]) + " " + decimal(rgb[1]) + " " + decimal(rgb[2]);
    }

    /** Writes the page total into every stamp at once. */
    void finish(int pages) {
        PdfCanvas canvas = new PdfCanvas(total, pdf);
        String value = String.valueOf(pages);
        canvas.beginText().setFontAndSize(font, SIZE).setFillColor(ColorConstants.DARK_GRAY)
                .moveText(0, 0).showText(value).endText();
    }
}
