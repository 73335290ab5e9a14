package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The closing pages: every source file with its SHA-256 and page count, and what was left out or repaired, with why.
 * File names and reasons wrap; nothing is cut off.
 */
final class ManifestPages {

    private static final float LEFT = 40;
    private static final float FILE = LEFT + 84;
    private static final float PAGES_RIGHT = 440;
    private static final float FATE = 450;
    private static final float RIGHT = 572;
    private static final float LINE = 10;
    private static final float GAP = 4;
    /** Lines already wrapped to fit are shown as they are. */
    private static final float WIDE = Float.MAX_VALUE;

    private final Words words;
    private final PageText text;
    private final FlowingPages pages;

    private ManifestPages(PdfDocument pdf, Words words, PageText text, ObjIntConsumer<PdfPage> finished) {
        this.words = words;
        this.text = text;
        this.pages = new FlowingPages(pdf, this::heading, finished);
    }

    /** Writes the manifest; each finished page goes to {@code finished} with its number so it can be stamped. */
    static void write(PdfDocument pdf, List<BackupResult.ManifestEntry> entries, String signer, Words words,
                      PageText text, ObjIntConsumer<PdfPage> finished) {
        ManifestPages manifest = new ManifestPages(pdf, words, text, finished);
        FlowingPages pages = manifest.pages;
        if (signer != null) {
            for (String line : PageText.wrapped(text.bold, 8.5f, words.get("backup.manifest.sealed-by", signer),
                    RIGHT - LEFT)) {
                PageText.show(pages.canvas, text.bold, 8.5f, ColorConstants.BLACK, LEFT, pages.y, line, RIGHT - LEFT);
                pages.y -= LINE;
            }
            pages.y -= GAP;
        }
        entries.forEach(manifest::entry);
        pages.finish();
    }

    private void entry(BackupResult.ManifestEntry entry) {
        List<String> file = PageText.wrapped(text.regular, 8.5f, entry.file(), PAGES_RIGHT - 40 - FILE);
        List<String> invoice = PageText.wrapped(text.regular, 8.5f, entry.invoice(), FILE - LEFT - 4);
        List<String> fate = PageText.wrapped(text.bold, 8.5f, words.get("backup.fate." + entry.fate().name()),
                RIGHT - FATE);
        List<String> reason = entry.reason() == null ? List.of()
                : PageText.wrapped(text.regular, 8, sentence(entry.reason()), RIGHT - FILE);
        int heading = Math.max(file.size(), Math.max(invoice.size(), fate.size()));
        pages.room(LINE * (heading + 1 + reason.size()) + GAP);
        PdfCanvas canvas = pages.canvas;
        float y = pages.y;
        boolean merged = entry.fate() == BackupResult.Fate.MERGED;
        for (int i = 0; i < heading; i++) {
            float lineY = y - i * LINE;
            if (i < invoice.size()) {
                PageText.show(canvas, text.regular, 8.5f, ColorConstants.BLACK, LEFT, lineY, invoice.get(i), WIDE);
            }
            if (i < file.size()) {
                PageText.show(canvas, text.regular, 8.5f, ColorConstants.BLACK, FILE, lineY, file.get(i), WIDE);
            }
            if (i < fate.size()) {
                PageText.show(canvas, text.bold, 8.5f, merged ? ColorConstants.BLACK : ColorConstants.RED, FATE,
                        lineY, fate.get(i), WIDE);
            }
        }
        PageText.showRight(canvas, text.regular, 8.5f, ColorConstants.BLACK, PAGES_RIGHT, y,
                entry.pages() + " " + words.get("backup.manifest.pages"));
        y -= heading * LINE;
        if (entry.sha256() != null && !entry.sha256().isEmpty()) {
            PageText.show(canvas, text.mono, 6.5f, ColorConstants.DARK_GRAY, FILE, y + 1, "SHA-256 " + entry.sha256(),
                    RIGHT - FILE);
        }
        y -= LINE;
        for (String line : reason) {
            PageText.show(canvas, text.regular, 8, merged ? ColorConstants.DARK_GRAY : ColorConstants.RED, FILE, y + 1,
                    line, WIDE);
            y -= LINE;
        }
        pages.y = y - GAP;
    }

    /** A reason reads as a sentence of its own: capitalised, with a full stop. */
    private String sentence(String reason) {
        String trimmed = reason.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String first = trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)).toUpperCase(words.formats().locale());
        String sentence = first + trimmed.substring(first.length());
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    private float heading(PdfCanvas canvas, int index) {
        PageText.show(canvas, text.bold, 16, ColorConstants.BLACK, LEFT, 750,
                words.get(index == 0 ? "backup.manifest.title" : "backup.manifest.continued"), RIGHT - LEFT);
        float y = 734;
        for (String line : PageText.wrapped(text.regular, 8.5f, words.get("backup.manifest.intro"), RIGHT - LEFT)) {
            PageText.show(canvas, text.regular, 8.5f, ColorConstants.DARK_GRAY, LEFT, y, line, WIDE);
            y -= LINE;
        }
        return y - 10;
    }
}
