package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.invoicing.InvoiceChange;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;

/** Who changed the invoice's status or signature, when, from what to what, and why; newest first. */
class InvoiceHistoryList extends VerticalLayout {


    InvoiceHistoryList(List<InvoiceChange> history) {
        addClassName("invoice-history");
        setPadding(false);
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("invoice.history.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (InvoiceChange change : history) {
            String prefix = change.signature() ? "signature." : "status.";
            String what = getTranslation(change.signature() ? "invoice.history.signature" : "invoice.history.status",
                    change.from() == null ? "\u2014" : getTranslation(prefix + change.from()),
                    getTranslation(prefix + change.to()));
            ListItem item = new ListItem(new Span(what + " \u00b7 "
                    + getTranslation("invoice.history.by", change.changedBy(), Formats.of(getLocale()).dateTime(change.changedAt()))));
            if (change.note() != null) {
                item.add(new Paragraph(change.note()));
            }
            list.add(item);
        }
        add(list);
    }
}
