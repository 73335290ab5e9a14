package com.invoicebackups.backup.pdf;

import com.invoicebackups.backup.pdf.BackupRequest.Reconciliation;
import com.invoicebackups.terminology.Dictionary;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The reconciliation after the cover: each invoice's G702 figures (work this period, materials stored, retainage,
 * current payment due), subtotals per subcontractor and the package total; what does not reconcile is flagged
 * in red under its row.
 */
final class ReconciliationPages {

    private static final float LEFT = 40;
    private static final float RIGHT = 572;
    private static final float TOP = 716;
    private static final float ROW = 14;
    private static final float BOTTOM = 48;
    /** Left edges of the text columns, then the right edges of the four figures. */
    private static final float[] TEXT = {LEFT, 92, 212};
    private static final float[] FIGURES = {340, 417, 494, RIGHT};
    private static final float LABEL_END = 272;

    private ReconciliationPages() {
    }

    static void write(PdfDocument pdf, Reconciliation reconciliation, Dictionary words, PageText text,
                      ObjIntConsumer<PdfPage> finished) {
        Sheet sheet = new Sheet(pdf, words, text, finished);
        for (Reconciliation.Row row : reconciliation.rows()) {
            List<String> flag = row.flag() == null ? List.of() : wrapped(text.bold, 8, row.flag(), RIGHT - TEXT[1]);
            sheet.room(ROW * (1 + flag.size()));
            PdfFont font = row.kind() == Reconciliation.Kind.INVOICE ? text.regular : text.bold;
            if (row.kind() == Reconciliation.Kind.SUBTOTAL || row.kind() == Reconciliation.Kind.TOTAL) {
                sheet.canvas.setStrokeColor(ColorConstants.GRAY).setLineWidth(0.5f)
                        .moveTo(LABEL_END, sheet.y + ROW - 3).lineTo(RIGHT, sheet.y + ROW - 3).stroke();
            }
            if (row.kind() == Reconciliation.Kind.INVOICE) {
                String[] cells = {row.contract(), row.company(), row.invoice()};
                float[] ends = {TEXT[1], TEXT[2], LABEL_END};
                for (int c = 0; c < cells.length; c++) {
                    PageText.show(sheet.canvas, font, 8.5f, ColorConstants.BLACK, TEXT[c], sheet.y, cells[c],
                            ends[c] - TEXT[c] - 6);
                }
            } else {
                // totals and the owner's rows are labelled across the text columns
                PageText.show(sheet.canvas, font, 8.5f, ColorConstants.BLACK, LEFT, sheet.y, row.invoice(),
                        LABEL_END - LEFT - 6);
            }
            Color color = row.flag() != null ? ColorConstants.RED : ColorConstants.BLACK;
            String[] figures = {row.work(), row.materials(), row.retainage(), row.due()};
            for (int c = 0; c < figures.length; c++) {
                PageText.showRight(sheet.canvas, font, 8.5f, color, FIGURES[c], sheet.y, figures[c]);
            }
            sheet.y -= ROW;
            for (String line : flag) {
                PageText.show(sheet.canvas, text.bold, 8, ColorConstants.RED, TEXT[1], sheet.y, line, RIGHT - TEXT[1]);
                sheet.y -= ROW;
            }
        }
        if (reconciliation.flags().isEmpty()) {
            sheet.room(2 * ROW);
            sheet.y -= ROW / 2;
            PageText.show(sheet.canvas, text.regular, 8.5f, ColorConstants.DARK_GRAY, LEFT, sheet.y,
                    words.get("backup.reconciliation.all-reconciled"), RIGHT - LEFT);
        }
        sheet.finish();
    }

    /** The text in lines that fit the width, broken between words. */
    static List<String> wrapped(PdfFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : PageText.clean(font, text).split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getWidth(longer, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The page being written, and where the next row goes; a new page when the rows reach the bottom. */
    private static final class Sheet {
        private final PdfDocument pdf;
        private final Dictionary words;
        private final PageText text;
        private final ObjIntConsumer<PdfPage> finished;
        private PdfPage page;
        private PdfCanvas canvas;
        private float y;
        private int index;

        Sheet(PdfDocument pdf, Dictionary words, PageText text, ObjIntConsumer<PdfPage> finished) {
            this.pdf = pdf;
            this.words = words;
            this.text = text;
            this.finished = finished;
            start();
        }

        void room(float height) {
            if (y - height < BOTTOM) {
                finish();
                index++;
                start();
            }
        }

        private void start() {
            page = pdf.addNewPage(PageSize.LETTER);
            canvas = new PdfCanvas(page);
            PageText.show(canvas, text.bold, 16, ColorConstants.BLACK, LEFT, 750,
                    words.get(index == 0 ? "backup.reconciliation.title" : "backup.reconciliation.continued"), 520);
            String[] headers = {words.get("backup.contents.contract"), words.get("backup.contents.company"),
                    words.get("grid.invoice-number")};
            float[] ends = {TEXT[1], TEXT[2], LABEL_END};
            for (int c = 0; c < headers.length; c++) {
                PageText.show(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, TEXT[c], 730, headers[c],
                        ends[c] - TEXT[c] - 6);
            }
            String[] figures = {words.get("backup.reconciliation.work"), words.get("backup.reconciliation.materials"),
                    words.get("backup.reconciliation.retainage"), words.get("backup.reconciliation.due")};
            for (int c = 0; c < figures.length; c++) {
                PageText.showRight(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, FIGURES[c], 730, figures[c]);
            }
            y = TOP;
        }

        void finish() {
            finished.accept(page, index);
        }
    }
}
