package com.invoicebackups.backup.pdf;

import java.util.function.Function;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.shared.Money;
import com.invoicebackups.terminology.Dictionary;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Renders a subcontractor invoice as an AIA-style G702 summary page followed by G703 continuation
 * sheets (landscape, column headers repeated on every page), in the words of the chosen dictionary.
 */
public final class InvoiceDocumentRenderer {

    /**
     * What the header of the invoice shows, already formatted. An owner invoice names the prime contract and the
     * owner where a subcontractor invoice names the subcontract and the subcontractor. Amounts are written in the
     * currency (an ISO 4217 code) as the dictionary's formats write money.
     */
    public record InvoiceSheet(boolean ownerInvoice, String project, String contract, String company, String billingPeriod,
                               String invoiceNumber, String billingDate, String currency, PayApplication application) {
    }

    public void render(InvoiceSheet sheet, Dictionary words, OutputStream out) {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document document = new Document(pdf, PageSize.LETTER)) {
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            document.setFont(regular).setFontSize(10);
            document.setMargins(40, 40, 48, 40);
            pdf.getDocumentInfo().setTitle(words.get("invoice.doc.title") + " " + sheet.invoiceNumber());

            document.add(new Paragraph(words.get("invoice.doc.title")).setFont(bold).setFontSize(16));
            document.add(header(sheet, words, bold));
            Function<Money, String> money = amount -> words.formats().money(amount, sheet.currency());
            document.add(summary(sheet.application().summary(), words, money, bold));

            document.add(new AreaBreak(new PageSize(PageSize.LETTER.rotate())));
            document.add(new Paragraph(words.get("invoice.doc.continuation") + " \u00b7 " + words.get("invoice.doc.number")
                    + " " + sheet.invoiceNumber() + " \u00b7 " + sheet.contract()).setFont(bold).setFontSize(13));
            document.add(continuation(sheet.application(), words, money, bold));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table header(InvoiceSheet sheet, Dictionary words, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {28, 72})).useAllAvailableWidth().setFixedLayout().setMarginTop(10);
        String[][] rows = {
                {"invoice.doc.project", sheet.project()},
                {sheet.ownerInvoice() ? "invoice.doc.owner.contract" : "invoice.doc.contract", sheet.contract()},
                {sheet.ownerInvoice() ? "invoice.doc.owner.company" : "invoice.doc.company", sheet.company()},
                {"invoice.doc.period", sheet.billingPeriod()},
                {"invoice.doc.number", sheet.invoiceNumber()}, {"invoice.doc.date", sheet.billingDate()}};
        for (String[] row : rows) {
            table.addCell(new Cell().add(new Paragraph(words.get(row[0]))).setBorder(null).setFontColor(ColorConstants.DARK_GRAY));
            table.addCell(new Cell().add(new Paragraph(row[1] == null ? "" : row[1]).setFont(bold)).setBorder(null));
        }
        return table;
    }

    private static Table summary(PayApplication.Summary summary, Dictionary words, Function<Money, String> money,
                                 PdfFont bold) {
        Money[] values = {summary.originalContractSum(), summary.netChangeByChangeOrders(), summary.contractSumToDate(),
                summary.totalCompletedAndStored(), summary.retainage(), summary.totalEarnedLessRetainage(),
                summary.previousCertificates(), summary.currentPaymentDue(), summary.balanceToFinishIncludingRetainage()};
        Table table = new Table(UnitValue.createPercentArray(new float[] {70, 30})).useAllAvailableWidth().setFixedLayout().setMarginTop(24);
        for (int line = 1; line <= 9; line++) {
            boolean due = line == 8;
            Paragraph label = new Paragraph(words.get("invoice.doc.line" + line));
            Paragraph amount = new Paragraph(money.apply(values[line - 1])).setTextAlignment(TextAlignment.RIGHT);
            if (due) {
                label.setFont(bold);
                amount.setFont(bold);
            }
            table.addCell(new Cell().add(label).setPadding(5));
            table.addCell(new Cell().add(amount).setPadding(5));
        }
        return table;
    }

    private static Table continuation(PayApplication application, Dictionary words, Function<Money, String> money,
                                      PdfFont bold) {
        String[] columns = {"a", "b", "c", "d", "e", "f", "g", "pct", "h", "i"};
        Table table = new Table(UnitValue.createPercentArray(new float[] {6, 22, 9, 9, 9, 8, 10, 6, 10, 9}))
                .useAllAvailableWidth().setFixedLayout().setFontSize(8);
        for (String column : columns) {
            table.addHeaderCell(new Cell().add(new Paragraph(words.get("invoice.doc.col." + column)).setFont(bold))
                    .setBackgroundColor(ColorConstants.LIGHT_GRAY));
        }
        for (PayApplication.Row row : application.rows()) {
            table.addCell(row.itemNumber());
            table.addCell(row.description());
            for (Money amount : new Money[] {row.scheduledValue(), row.fromPrevious(), row.thisPeriod(),
                    row.materialsStored(), row.completedToDate()}) {
                table.addCell(right(money.apply(amount)));
            }
            table.addCell(right(percent(row.percentComplete())));
            table.addCell(right(money.apply(row.balanceToFinish())));
            table.addCell(right(money.apply(row.retainage())));
        }
        table.addCell(new Cell(1, 2).add(new Paragraph(words.get("invoice.doc.totals")).setFont(bold)));
        Money[] totals = {
                sum(application, PayApplication.Row::scheduledValue), sum(application, PayApplication.Row::fromPrevious),
                sum(application, PayApplication.Row::thisPeriod), sum(application, PayApplication.Row::materialsStored),
                sum(application, PayApplication.Row::completedToDate)};
        for (Money total : totals) {
            table.addCell(right(money.apply(total)).setFont(bold));
        }
        table.addCell(right(percent(totals[4].percentOf(totals[0]))).setFont(bold));
        table.addCell(right(money.apply(sum(application, PayApplication.Row::balanceToFinish))).setFont(bold));
        table.addCell(right(money.apply(sum(application, PayApplication.Row::retainage))).setFont(bold));
        return table;
    }

    private static Cell right(String text) {
        return new Cell().add(new Paragraph(text).setTextAlignment(TextAlignment.RIGHT));
    }

    private static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }

    private static Money sum(PayApplication application, java.util.function.Function<PayApplication.Row, Money> column) {
        return application.rows().stream().map(column).reduce(Money.ZERO, Money::plus);
    }
}
