package com.invoicebackups.backup.pdf;

import com.invoicebackups.terminology.Dictionary;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The optional first page: what this backup holds, for whom, and by whom it was requested. */
final class CoverSheetPage {

    private CoverSheetPage() {
    }

    static void write(PdfPage page, BackupRequest request, int invoices, int documents, PageText text) {
        Dictionary words = request.dictionary();
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
        facts.add(new String[] {words.get("backup.cover.invoices"), String.valueOf(invoices)});
        facts.add(new String[] {words.get("backup.cover.documents"), String.valueOf(documents)});
        if (cover != null) {
            facts.add(new String[] {words.get("backup.cover.work"), cover.workThisPeriod()});
            facts.add(new String[] {words.get("backup.cover.retainage"), cover.retainage()});
            facts.add(new String[] {words.get("backup.cover.due"), cover.currentPaymentDue()});
        }
        facts.add(new String[] {words.get("backup.cover.requested-by"), request.requestedBy()});
        facts.add(new String[] {words.get("backup.cover.requested-at"), words.formats().dateTime(request.requestedAt()) + " "
                + DateTimeFormatter.ofPattern("zzz", words.formats().locale()).format(request.requestedAt())});

        float y = 590;
        for (String[] fact : facts) {
            PageText.show(canvas, text.regular, 11, ColorConstants.DARK_GRAY, 40, y, fact[0], 190);
            PageText.show(canvas, text.bold, 11, ColorConstants.BLACK, 240, y, fact[1], 332);
            y -= 24;
        }
        PageText.show(canvas, text.regular, 9, ColorConstants.GRAY, 40, y - 20, words.get("backup.cover.note"), 532);
    }
}
