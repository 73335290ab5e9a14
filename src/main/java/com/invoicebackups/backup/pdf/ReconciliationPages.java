package com.invoicebackups.backup.pdf;

import com.invoicebackups.backup.pdf.BackupRequest.Reconciliation;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The reconciliation after the cover: each invoice's G702 figures (work this period, materials stored, retainage,
 * current payment due), subtotals per subcontractor and the package total; what does not reconcile is flagged
 * in red under its row. The headings and a closing note say which figures are added up and which are balances.
 * An owner backup's then set the owner invoice against the carried invoices, one row per cost code.
 */
final class ReconciliationPages {

    private static final float LEFT = 40;
    private static final float RIGHT = 572;
    private static final float TOP = 712;
    private static final float ROW = 14;
    /** Left edges of the text columns, then the right edges of the four figures. */
    private static final float[] TEXT = {LEFT, 92, 212};
    private static final float[] FIGURES = {340, 417, 494, RIGHT};
    private static final float LABEL_END = 272;
    /** The comparison by cost code: its text columns, then the right edges of its five figures. */
    private static final float[] CODE_TEXT = {LEFT, 104, 252};
    private static final float[] CODE_FIGURES = {316, 380, 444, 508, RIGHT};

    private ReconciliationPages() {
    }

    static void write(PdfDocument pdf, Reconciliation reconciliation, Words words, PageText text,
                      ObjIntConsumer<PdfPage> finished) {
        // a page that starts inside the comparison by cost code heads its columns
        boolean[] byCostCode = {false};
        FlowingPages rows = new FlowingPages(pdf, (canvas, index) -> byCostCode[0]
                ? codeHeading(canvas, words.get("backup.reconciliation.continued"), 16, 750, words, text) - ROW
                : heading(canvas, index, words, text), finished);
        for (Reconciliation.Row row : reconciliation.rows()) {
            List<String> flag = row.flag() == null ? List.of() : PageText.wrapped(text.bold, 8, row.flag(), RIGHT - TEXT[1]);
            rows.room(ROW * (1 + flag.size()));
            PdfFont font = row.kind() == Reconciliation.Kind.INVOICE ? text.regular : text.bold;
            if (row.kind() == Reconciliation.Kind.SUBTOTAL || row.kind() == Reconciliation.Kind.TOTAL) {
                rows.canvas.setStrokeColor(ColorConstants.GRAY).setLineWidth(0.5f)
                        .moveTo(LABEL_END, rows.y + ROW - 3).lineTo(RIGHT, rows.y + ROW - 3).stroke();
            }
            if (row.kind() == Reconciliation.Kind.INVOICE) {
                String[] cells = {row.contract(), row.company(), row.invoice()};
                float[] ends = {TEXT[1], TEXT[2], LABEL_END};
                for (int c = 0; c < cells.length; c++) {
                    PageText.show(rows.canvas, font, 8.5f, ColorConstants.BLACK, TEXT[c], rows.y, cells[c],
                            ends[c] - TEXT[c] - 6);
                }
            } else {
                // totals and the owner's rows are labelled across the text columns
                PageText.show(rows.canvas, font, 8.5f, ColorConstants.BLACK, LEFT, rows.y, row.invoice(),
                        LABEL_END - LEFT - 6);
            }
            Color color = row.flag() != null ? ColorConstants.RED : ColorConstants.BLACK;
            String[] figures = {row.work(), row.materials(), row.retainage(), row.due()};
            for (int c = 0; c < figures.length; c++) {
                PageText.showRight(rows.canvas, font, 8.5f, color, FIGURES[c], rows.y, figures[c]);
            }
            rows.y -= ROW;
            for (String line : flag) {
                PageText.show(rows.canvas, text.bold, 8, ColorConstants.RED, TEXT[1], rows.y, line, RIGHT - TEXT[1]);
                rows.y -= ROW;
            }
        }
        rows.y -= ROW / 2;
        List<String> notes = new ArrayList<>();
        if (reconciliation.flags().isEmpty()) {
            notes.add(words.get("backup.reconciliation.all-reconciled"));
        }
        notes.add(words.get("backup.reconciliation.rule"));
        notes(rows, notes, text);
        if (!reconciliation.byCostCode().isEmpty()) {
            rows.y -= ROW;
            rows.room(5 * ROW);
            byCostCode[0] = true;
            rows.y = codeHeading(rows.canvas, words.get("backup.reconciliation.by-cost-code"), 12, rows.y,
                    words, text)
                    - ROW;
            reconciliation.byCostCode().forEach(row -> codeRow(rows, row, words, text));
            rows.y -= ROW / 2;
            notes(rows, List.of(words.get("backup.reconciliation.by-cost-code-rule")), text);
        }
        rows.finish();
    }

    private static void notes(FlowingPages rows, List<String> notes, PageText text) {
        for (String note : notes) {
            for (String line : PageText.wrapped(text.regular, 8.5f, note, RIGHT - LEFT)) {
                rows.room(ROW);
                PageText.show(rows.canvas, text.regular, 8.5f, ColorConstants.DARK_GRAY, LEFT, rows.y, line,
                        RIGHT - LEFT);
                rows.y -= ROW - 2;
            }
        }
    }

    /**
     * One cost code's row, its code and line wrapped within their columns (nothing is cut off), and under it in
     * grey the subcontractor invoices its figures come from.
     */
    private static void codeRow(FlowingPages rows, Reconciliation.CostCodeRow row, Words words, PageText text) {
        List<String> from = row.from().isEmpty() ? List.of() : PageText.wrapped(text.regular, 7.5f,
                words.get("backup.reconciliation.from", row.from()), RIGHT - CODE_TEXT[1]);
        float[] ends = {CODE_TEXT[1], CODE_TEXT[2]};
        String[] cells = {row.costCode(), row.line()};
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            wrapped.add(PageText.wrapped(text.regular, 8.5f, cells[c], ends[c] - CODE_TEXT[c] - 6));
        }
        int lines = Math.max(wrapped.get(0).size(), wrapped.get(1).size());
        rows.room(ROW * lines + (ROW - 2) * from.size());
        for (int c = 0; c < cells.length; c++) {
            for (int l = 0; l < wrapped.get(c).size(); l++) {
                PageText.show(rows.canvas, text.regular, 8.5f, ColorConstants.BLACK, CODE_TEXT[c], rows.y - l * ROW,
                        wrapped.get(c).get(l), ends[c] - CODE_TEXT[c] - 6);
            }
        }
        String[] figures = {row.ownerWork(), row.subcontractorWork(), row.ownerMaterials(),
                row.subcontractorMaterials(), row.difference()};
        for (int c = 0; c < figures.length; c++) {
            PageText.showRight(rows.canvas, c == figures.length - 1 ? text.bold : text.regular, 8.5f,
                    ColorConstants.BLACK, CODE_FIGURES[c], rows.y, figures[c]);
        }
        rows.y -= ROW * lines;
        for (String line : from) {
            PageText.show(rows.canvas, text.regular, 7.5f, ColorConstants.DARK_GRAY, CODE_TEXT[1], rows.y + 2, line,
                    RIGHT - CODE_TEXT[1]);
            rows.y -= ROW - 2;
        }
    }

    /** The comparison's title at {@code top}, then its column headings; returns where they end. */
    private static float codeHeading(PdfCanvas canvas, String title, float size, float top, Words words,
                                     PageText text) {
        PageText.show(canvas, text.bold, size, ColorConstants.BLACK, LEFT, top, title, RIGHT - LEFT);
        float headings = top - 16;
        String[] columns = {words.get("backup.reconciliation.cost-code"), words.get("backup.reconciliation.line")};
        for (int c = 0; c < columns.length; c++) {
            PageText.show(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, CODE_TEXT[c], headings, columns[c],
                    CODE_TEXT[c + 1] - CODE_TEXT[c] - 6);
        }
        String owner = words.get("backup.reconciliation.side-owner");
        String subcontractors = words.get("backup.reconciliation.side-subcontractors");
        String[][] figures = {{words.get("backup.reconciliation.work"), owner},
                {words.get("backup.reconciliation.work"), subcontractors},
                {words.get("backup.reconciliation.materials"), owner},
                {words.get("backup.reconciliation.materials"), subcontractors},
                {words.get("backup.reconciliation.line-difference"), words.get("backup.reconciliation.line-difference.of")}};
        for (int c = 0; c < figures.length; c++) {
            PageText.showRight(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, CODE_FIGURES[c], headings,
                    figures[c][0]);
            PageText.showRight(canvas, text.regular, 7.5f, ColorConstants.DARK_GRAY, CODE_FIGURES[c], headings - 9,
                    figures[c][1]);
        }
        return headings - 9;
    }

    /** The title, then the headings of the text columns and of the figures. */
    private static float heading(PdfCanvas canvas, int index, Words words, PageText text) {
        PageText.show(canvas, text.bold, 16, ColorConstants.BLACK, LEFT, 750,
                words.get(index == 0 ? "backup.reconciliation.title" : "backup.reconciliation.continued"), 520);
        String[] headers = {words.get("backup.contents.contract"), words.get("backup.contents.company"),
                words.get("grid.invoice-number")};
        float[] ends = {TEXT[1], TEXT[2], LABEL_END};
        for (int c = 0; c < headers.length; c++) {
            PageText.show(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, TEXT[c], 734, headers[c],
                    ends[c] - TEXT[c] - 6);
        }
        // each figure's heading says whether it is of the period (added up) or a balance to date (not)
        String period = words.get("backup.reconciliation.period");
        String balance = words.get("backup.reconciliation.balance");
        String[][] figures = {{words.get("backup.reconciliation.work"), period},
                {words.get("backup.reconciliation.materials"), balance},
                {words.get("backup.reconciliation.retainage"), balance},
                {words.get("backup.reconciliation.due"), period}};
        for (int c = 0; c < figures.length; c++) {
            PageText.showRight(canvas, text.bold, 8.5f, ColorConstants.DARK_GRAY, FIGURES[c], 734, figures[c][0]);
            PageText.showRight(canvas, text.regular, 7.5f, ColorConstants.DARK_GRAY, FIGURES[c], 725, figures[c][1]);
        }
        return TOP;
    }
}
