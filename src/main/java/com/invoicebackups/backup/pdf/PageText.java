package com.invoicebackups.backup.pdf;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Text on our own pages: the fonts, text cut to fit a width where a row's height is fixed, and text wrapped to fit. */
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

    /**
     * The text in lines that fit the width, broken between words; a word wider than a line (a long file name) is
     * broken between characters. Nothing is cut off.
     */
    static List<String> wrapped(PdfFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(font, text).split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (font.getWidth(longer, size) <= width) {
                line = new StringBuilder(longer);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line = new StringBuilder();
            for (int c = 0; c < word.length(); c = word.offsetByCodePoints(c, 1)) {
                String next = word.substring(c, word.offsetByCodePoints(c, 1));
                if (!line.isEmpty() && font.getWidth(line + next, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                line.append(next);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
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
