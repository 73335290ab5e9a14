package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.shared.Money;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** G702 lines 1 to 9, in the words of the printed invoice document. */
class SummaryTable extends Div {

    private final Div lines = new Div();

    private final String currency;

    SummaryTable(PayApplication.Summary summary, String currency) {
        this.currency = currency;
        addClassName("g702-summary");
        add(new H3(getTranslation("invoice.summary.title")), lines);
        show(summary);
    }

    void show(PayApplication.Summary summary) {
        lines.removeAll();
        List<Money> values = List.of(summary.originalContractSum(), summary.netChangeByChangeOrders(),
                summary.contractSumToDate(), summary.totalCompletedAndStored(), summary.retainage(),
                summary.totalEarnedLessRetainage(), summary.previousCertificates(), summary.currentPaymentDue(),
                summary.balanceToFinishIncludingRetainage());
        for (int i = 0; i < values.size(); i++) {
            Div line = new Div(new Span(getTranslation("invoice.doc.line" + (i + 1))), new Span(Formats.of(getLocale()).money(values.get(i), currency)));
            line.addClassName("g702-line");
            line.getElement().setAttribute("data-line", String.valueOf(i + 1));
            lines.add(line);
        }
    }
}
