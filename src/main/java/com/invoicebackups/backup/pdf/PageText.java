package com.invoicebackups.backup.pdf;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Single-line text on our own pages: the fonts, and text cut to fit a width so that row heights are fixed. */
final class PageText {

    final PdfFont regular;
    final PdfFont bold;
    final PdfFont mono;

    PageText(PdfDocument pdf) {
        try {
            regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            mono = PdfFontFactory.createFont(StandardFonts.COURIER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void show(PdfCanvas canvas, PdfFont font, float size, Color color, float x, float y, String text,
                     float maxWidth) {
        canvas.beginText().setFontAndSize(font, size).setFillColor(color).moveText(x, y)
                .showText(fit(font, size, text, maxWidth)).endText();
    }

    static void showRight(PdfCanvas canvas, PdfFont font, float size, Color color, float right, float y, String text) {
        String clean = clean(font, text);
        show(canvas, font, size, color, right - font.getWidth(clean, size), y, clean, Float.MAX_VALUE);
    }

    /** The text with characters the font cannot show replaced, shortened with an ellipsis to fit. */
    static String fit(PdfFont font, float size, String text, float maxWidth) {
        String clean = clean(font, text);
        if (font.getWidth(clean, size) <= maxWidth) {
            return clean;
        }
        String ellipsis = "\u2026";
        int end = clean.length();
        while (end > 0 && font.getWidth(clean.substring(0, end) + ellipsis, size) > maxWidth) {
            end--;
        }
        return clean.substring(0, end) + ellipsis;
    }

    static String clean(PdfFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(c >= 32 && font.containsGlyph(c) ? c : '?'));
        return clean.toString();
    }
}
