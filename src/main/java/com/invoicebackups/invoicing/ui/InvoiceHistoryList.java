package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.Money;
import com.invoicebackups.invoicing.InvoiceChange;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;

/**
 * Who changed the invoice's status, signature, lines or documents, when, from what to what, and why; newest first.
 */
class InvoiceHistoryList extends VerticalLayout {

    private final String currency;

    InvoiceHistoryList(List<InvoiceChange> history, String currency) {
        this.currency = currency;
        addClassName("invoice-history");
        setPadding(false);
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("invoice.history.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (InvoiceChange change : history) {
            String what = what(change);
            ListItem item = new ListItem(new Span(what + " \u00b7 "
                    + getTranslation("invoice.history.by", change.changedBy(), Formats.of(getLocale()).dateTime(change.changedAt()))));
            item.addClassName("history-" + change.what().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (change.note() != null) {
                Paragraph note = new Paragraph(change.note());
                note.addClassName("history-note");
                item.add(note);
            }
            list.add(item);
        }
        add(list);
    }

    private String what(InvoiceChange change) {
        return switch (change.what()) {
            case STATUS -> getTranslation("invoice.history.status", word("status.", change.from()),
                    word("status.", change.to()));
            case SIGNATURE -> getTranslation("invoice.history.signature", word("signature.", change.from()),
                    word("signature.", change.to()));
            case DOCUMENT_ADDED -> getTranslation("invoice.history.document-added", change.document(),
                    word("attachment-type.", change.to()));
            case DOCUMENT_REMOVED -> getTranslation("invoice.history.document-removed", change.document());
            case DOCUMENT_RETYPED -> getTranslation("invoice.history.document-retyped", change.document(),
                    word("attachment-type.", change.from()), word("attachment-type.", change.to()));
            case DOCUMENTS_REORDERED -> getTranslation("invoice.history.documents-reordered");
            case DOCUMENT_EXPIRY -> getTranslation("invoice.history.document-expiry", change.document(),
                    date(change.from()), date(change.to()));
            case LINES_SAVED -> getTranslation("invoice.history.lines-saved", money(change.from()), money(change.to()));
        };
    }

    private String word(String prefix, String value) {
        if (value == null) {
            return prefix.equals("attachment-type.") ? getTranslation("invoice.attachments.type-not-set") : "\u2014";
        }
        return getTranslation(prefix + value);
    }

    private String money(String value) {
        return Formats.of(getLocale()).money(Money.of(value), currency);
    }

    private String date(String value) {
        return value == null ? "\u2014" : Formats.of(getLocale()).date(java.time.LocalDate.parse(value));
    }
}
