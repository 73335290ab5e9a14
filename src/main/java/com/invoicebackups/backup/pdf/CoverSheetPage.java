package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional first page: what this backup holds, for whom, and by whom it was requested. Its counts are those of
 * the contents; its totals add the figures of the period and take balances to date from each contract's latest
 * invoice (see the reconciliation).
 */
final class CoverSheetPage {

    private CoverSheetPage() {
    }

    /** What the contents list: the invoices, the documents merged and those left out. */
    record Counts(int invoices, int documents, int leftOut) {

        static Counts of(List<ContentsPages.Entry> contents) {
            int invoices = (int) contents.stream().map(ContentsPages.Entry::invoiceKey).distinct().count();
            int merged = (int) contents.stream().filter(entry -> entry.page() != null).count();
            return new Counts(invoices, merged, contents.size() - merged);
        }
    }

    static void write(PdfPage page, BackupRequest request, Counts counts, PageText text) {
        Words words = request.words();
        PdfCanvas canvas = new PdfCanvas(page);
        canvas.setFillColor(ColorConstants.DARK_GRAY).rectangle(40, 690, 532, 4).fill();
        // the title reads "<kind of backup> - <project>"; the project has its own line below
        PageText.show(canvas, text.bold, 24, ColorConstants.BLACK, 40, 650, request.title().split(" - ")[0], 532);

        List<String[]> facts = new ArrayList<>();
        BackupRequest.Cover cover = request.cover();
        if (cover != null) {
            facts.add(new String[] {words.get("backup.cover.project"), cover.project()});
            facts.add(new String[] {words.get("backup.cover.periods", cover.billingPeriods().size()),
                    String.join(", ", cover.billingPeriods())});
        }
        if (request.volume() != null) {
            facts.add(new String[] {words.get("backup.cover.volume"), words.get("backup.cover.volume-of",
                    request.volume().number(), request.volume().count())});
        }
        facts.add(new String[] {words.get("backup.cover.invoices"), String.valueOf(counts.invoices())});
        facts.add(new String[] {words.get("backup.cover.documents"), String.valueOf(counts.documents())});
        if (counts.leftOut() > 0) {
            facts.add(new String[] {words.get("backup.cover.left-out"), String.valueOf(counts.leftOut())});
        }
        if (cover != null) {
            facts.add(new String[] {words.get("backup.cover.work"), cover.workThisPeriod()});
            facts.add(new String[] {words.get("backup.cover.retainage"), cover.retainage()});
            facts.add(new String[] {words.get("backup.cover.due"), cover.currentPaymentDue()});
        }
        facts.add(new String[] {words.get("backup.cover.requested-by"), request.requestedBy()});
        facts.add(new String[] {words.get("backup.cover.requested-at"), words.formats().dateTime(request.requestedAt()) + " "
                + DateTimeFormatter.ofPattern("zzz", words.formats().locale()).format(request.requestedAt())});

        // long values (many billing periods, a long project name) wrap; nothing is cut off
        float y = 590;
        for (String[] fact : facts) {
            List<String> label = PageText.wrapped(text.regular, 11, fact[0], 190);
            List<String> value = PageText.wrapped(text.bold, 11, fact[1], 332);
            for (int line = 0; line < Math.max(label.size(), value.size()); line++) {
                if (line < label.size()) {
                    PageText.show(canvas, text.regular, 11, ColorConstants.DARK_GRAY, 40, y, label.get(line), 190);
                }
                if (line < value.size()) {
                    PageText.show(canvas, text.bold, 11, ColorConstants.BLACK, 240, y, value.get(line), 332);
                }
                y -= 15;
            }
            y -= 9;
        }
        y -= 20;
        for (String line : PageText.wrapped(text.regular, 9, words.get("backup.cover.note"), 532)) {
            PageText.show(canvas, text.regular, 9, ColorConstants.GRAY, 40, y, line, 532);
            y -= 12;
        }
    }
}
