package com.invoicebackups.backup.pdf;

import com.invoicebackups.shared.Money;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders an invoice as an AIA-style G702 summary page followed by G703 continuation sheets (landscape, column
 * headers repeated on every page), in the given words.
 */
public final class InvoiceDocumentRenderer {

    /**
     * What the header of the invoice shows, already formatted, and its figures. An owner invoice names the prime
     * contract and the owner where a subcontractor invoice names the subcontract and the subcontractor. Amounts are
     * written in the currency (an ISO 4217 code) as the words' formats write money.
     */
    public record InvoiceSheet(boolean ownerInvoice, String project, String contract, String company, String billingPeriod,
                               String invoiceNumber, String billingDate, String currency, Summary summary,
                               List<Line> lines) {
    }

    /** The G702's lines 1 to 9. */
    public record Summary(Money originalContractSum, Money netChangeByChangeOrders, Money contractSumToDate,
                          Money totalCompletedAndStored, Money retainage, Money totalEarnedLessRetainage,
                          Money previousCertificates, Money currentPaymentDue,
                          Money balanceToFinishIncludingRetainage) {
    }

    /** One line of the G703: its columns A to I, the percentage complete in percent (50 for half). */
    public record Line(String itemNumber, String description, Money scheduledValue, Money fromPrevious,
                       Money thisPeriod, Money materialsStored, Money completedToDate, BigDecimal percentComplete,
                       Money balanceToFinish, Money retainage) {
    }

    private static final float MARGIN = 40;
    private static final float TOP = 48;
    private static final float PADDING = 4;
    /** The continuation sheet's cells are tighter: many lines of a schedule fit a page. */
    private static final float CELL_PADDING = 2;
    private static final Color GRID = ColorConstants.BLACK;
    private static final float[] SUMMARY_COLUMNS = {70, 30};
    private static final float[] CONTINUATION_COLUMNS = {6, 22, 9, 9, 9, 8, 10, 6, 10, 9};
    private static final String[] CONTINUATION_HEADERS = {"a", "b", "c", "d", "e", "f", "g", "pct", "h", "i"};
    private static final float SHEET_SIZE = 8;

    /**
     * Drawn on the page canvas, not laid out with tables: a backup renders one of these for every invoice it
     * carries, and the canvas is about ten times faster than iText's table layout for the same pages.
     */
    public void render(InvoiceSheet sheet, Words words, OutputStream out) {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            Fonts fonts = new Fonts(PdfFontFactory.createFont(StandardFonts.HELVETICA),
                    PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD));
            pdf.getDocumentInfo().setTitle(words.get("invoice.doc.title") + " " + sheet.invoiceNumber());
            Function<Money, String> money = amount -> words.formats().money(amount, sheet.currency());
            summaryPage(pdf, sheet, words, money, fonts);
            continuationSheets(pdf, sheet, words, money, fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fonts(PdfFont regular, PdfFont bold) {
    }

    /** The G702: title, who and what it is for, and lines 1 to 9. */
    private static void summaryPage(PdfDocument pdf, InvoiceSheet sheet, Words words,
                                    Function<Money, String> money, Fonts fonts) {
        PdfPage page = pdf.addNewPage(PageSize.LETTER);
        PdfCanvas canvas = new PdfCanvas(page);
        float width = page.getPageSize().getWidth() - 2 * MARGIN;
        float y = page.getPageSize().getHeight() - TOP - 16;
        PageText.show(canvas, fonts.bold(), 16, ColorConstants.BLACK, MARGIN, y, words.get("invoice.doc.title"), width);
        y -= 16;
        String[][] rows = {
                {"invoice.doc.project", sheet.project()},
                {sheet.ownerInvoice() ? "invoice.doc.owner.contract" : "invoice.doc.contract", sheet.contract()},
                {sheet.ownerInvoice() ? "invoice.doc.owner.company" : "invoice.doc.company", sheet.company()},
                {"invoice.doc.period", sheet.billingPeriod()},
                {"invoice.doc.number", sheet.invoiceNumber()}, {"invoice.doc.date", sheet.billingDate()}};
        float valueX = MARGIN + width * 0.28f;
        for (String[] row : rows) {
            List<String> value = PageText.wrapped(fonts.bold(), 10, row[1] == null ? "" : row[1],
                    MARGIN + width - valueX - PADDING);
            y -= 14;
            PageText.show(canvas, fonts.regular(), 10, ColorConstants.DARK_GRAY, MARGIN + PADDING, y,
                    words.get(row[0]), valueX - MARGIN - 2 * PADDING);
            for (int line = 0; line < value.size(); line++) {
                PageText.show(canvas, fonts.bold(), 10, ColorConstants.BLACK, valueX + PADDING, y - line * 12,
                        value.get(line), Float.MAX_VALUE);
            }
            y -= (value.size() - 1) * 12;
        }
        y -= 24;
        Summary summary = sheet.summary();
        Money[] values = {summary.originalContractSum(), summary.netChangeByChangeOrders(), summary.contractSumToDate(),
                summary.totalCompletedAndStored(), summary.retainage(), summary.totalEarnedLessRetainage(),
                summary.previousCertificates(), summary.currentPaymentDue(), summary.balanceToFinishIncludingRetainage()};
        float[] edges = edges(MARGIN, width, SUMMARY_COLUMNS);
        float rowHeight = 10 + 4 * PADDING;
        for (int line = 1; line <= 9; line++) {
            PdfFont font = line == 8 ? fonts.bold() : fonts.regular();
            float baseline = y - rowHeight + 2 * PADDING + 1;
            PageText.show(canvas, font, 10, ColorConstants.BLACK, edges[0] + 5, baseline,
                    words.get("invoice.doc.line" + line), edges[1] - edges[0] - 10);
            PageText.showRight(canvas, font, 10, ColorConstants.BLACK, edges[2] - 5, baseline,
                    money.apply(values[line - 1]));
            grid(canvas, edges, y, rowHeight);
            y -= rowHeight;
        }
    }

    /** The G703 on landscape pages, its column headings on each, then a line of totals. */
    private static void continuationSheets(PdfDocument pdf, InvoiceSheet sheet, Words words,
                                           Function<Money, String> money, Fonts fonts) {
        PageSize size = PageSize.LETTER.rotate();
        float width = size.getWidth() - 2 * MARGIN;
        float[] edges = edges(MARGIN, width, CONTINUATION_COLUMNS);
        String title = words.get("invoice.doc.continuation") + " \u00b7 " + words.get("invoice.doc.number") + " "
                + sheet.invoiceNumber() + " \u00b7 " + sheet.contract();
        List<String> headings = java.util.Arrays.stream(CONTINUATION_HEADERS)
                .map(column -> words.get("invoice.doc.col." + column)).toList();
        Sheet current = new Sheet(pdf, size, edges, title, headings, fonts);
        List<Line> lines = sheet.lines();
        for (Line line : lines) {
            current = current.row(cells(line, money, words), fonts.regular(), false);
        }
        Money scheduled = sum(lines, Line::scheduledValue);
        Money completed = sum(lines, Line::completedToDate);
        List<String> totals = new ArrayList<>(List.of(words.get("invoice.doc.totals"), ""));
        for (Money total : new Money[] {scheduled, sum(lines, Line::fromPrevious), sum(lines, Line::thisPeriod),
                sum(lines, Line::materialsStored), completed}) {
            totals.add(money.apply(total));
        }
        totals.add(words.formats().percent(completed.percentOf(scheduled)));
        totals.add(money.apply(sum(lines, Line::balanceToFinish)));
        totals.add(money.apply(sum(lines, Line::retainage)));
        current.row(totals, fonts.bold(), true);
    }

    private static List<String> cells(Line line, Function<Money, String> money, Words words) {
        return List.of(line.itemNumber() == null ? "" : line.itemNumber(),
                line.description() == null ? "" : line.description(), money.apply(line.scheduledValue()),
                money.apply(line.fromPrevious()), money.apply(line.thisPeriod()), money.apply(line.materialsStored()),
                money.apply(line.completedToDate()), words.formats().percent(line.percentComplete()),
                money.apply(line.balanceToFinish()), money.apply(line.retainage()));
    }

    /** One continuation page being filled: a row that does not fit goes to a new page, under the headings again. */
    private static final class Sheet {
        private final PdfDocument pdf;
        private final PageSize size;
        private final float[] edges;
        private final String title;
        private final List<String> headings;
        private final Fonts fonts;
        private final PdfCanvas canvas;
        private float y;

        Sheet(PdfDocument pdf, PageSize size, float[] edges, String title, List<String> headings, Fonts fonts) {
            this.pdf = pdf;
            this.size = size;
            this.edges = edges;
            this.title = title;
            this.headings = headings;
            this.fonts = fonts;
            this.canvas = new PdfCanvas(pdf.addNewPage(size));
            y = size.getHeight() - TOP - 13;
            PageText.show(canvas, fonts.bold(), 13, ColorConstants.BLACK, MARGIN, y, title, size.getWidth() - 2 * MARGIN);
            y -= 10;
            draw(headings, fonts.bold(), ColorConstants.LIGHT_GRAY, false);
        }

        /** Adds the row here, or on a new page when it would not fit; the page it went on. */
        Sheet row(List<String> cells, PdfFont font, boolean totals) {
            if (y - height(cells, font, totals) < MARGIN) {
                return new Sheet(pdf, size, edges, title, headings, fonts).row(cells, font, totals);
            }
            draw(cells, font, null, totals);
            return this;
        }

        private List<List<String>> lines(List<String> cells, PdfFont font, boolean totals) {
            List<List<String>> lines = new ArrayList<>();
            for (int column = 0; column < cells.size(); column++) {
                float width = (totals && column == 0 ? edges[2] - edges[0] : edges[column + 1] - edges[column])
                        - 2 * CELL_PADDING;
                lines.add(PageText.wrapped(font, SHEET_SIZE, cells.get(column), width));
            }
            return lines;
        }

        private float height(List<String> cells, PdfFont font, boolean totals) {
            return lines(cells, font, totals).stream().mapToInt(List::size).max().orElse(1) * (SHEET_SIZE + 2)
                    + 2 * CELL_PADDING;
        }

        private void draw(List<String> cells, PdfFont font, Color background, boolean totals) {
            List<List<String>> lines = lines(cells, font, totals);
            float height = lines.stream().mapToInt(List::size).max().orElse(1) * (SHEET_SIZE + 2) + 2 * CELL_PADDING;
            if (background != null) {
                canvas.saveState().setFillColor(background)
                        .rectangle(edges[0], y - height, edges[edges.length - 1] - edges[0], height).fill().restoreState();
            }
            for (int column = 0; column < cells.size(); column++) {
                // headings and the first two columns read from the left; figures from the right
                boolean left = background != null || column < 2;
                for (int line = 0; line < lines.get(column).size(); line++) {
                    float baseline = y - CELL_PADDING - SHEET_SIZE - line * (SHEET_SIZE + 2) + 2;
                    String text = lines.get(column).get(line);
                    if (left) {
                        PageText.show(canvas, font, SHEET_SIZE, ColorConstants.BLACK, edges[column] + CELL_PADDING, baseline,
                                text, Float.MAX_VALUE);
                    } else {
                        PageText.showRight(canvas, font, SHEET_SIZE, ColorConstants.BLACK, edges[column + 1] - CELL_PADDING,
                                baseline, text);
                    }
                }
            }
            grid(canvas, totals ? withoutSecondEdge(edges) : edges, y, height);
            y -= height;
        }

        private static float[] withoutSecondEdge(float[] edges) {
            float[] merged = new float[edges.length - 1];
            merged[0] = edges[0];
            System.arraycopy(edges, 2, merged, 1, edges.length - 2);
            return merged;
        }
    }

    /** The x of each column's left edge and, last, the right edge of the table. */
    private static float[] edges(float left, float width, float[] percents) {
        float[] edges = new float[percents.length + 1];
        edges[0] = left;
        float total = 0;
        for (float percent : percents) {
            total += percent;
        }
        for (int i = 0; i < percents.length; i++) {
            edges[i + 1] = edges[i] + width * percents[i] / total;
        }
        return edges;
    }

    /** A row's box and the lines between its cells. */
    private static void grid(PdfCanvas canvas, float[] edges, float top, float height) {
        canvas.saveState().setStrokeColor(GRID).setLineWidth(0.5f);
        canvas.rectangle(edges[0], top - height, edges[edges.length - 1] - edges[0], height);
        for (int i = 1; i < edges.length - 1; i++) {
            canvas.moveTo(edges[i], top).lineTo(edges[i], top - height);
        }
        canvas.stroke().restoreState();
    }

    private static Money sum(List<Line> lines, Function<Line, Money> column) {
        return lines.stream().map(column).reduce(Money.ZERO, Money::plus);
    }
}
