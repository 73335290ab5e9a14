package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceRef;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/** The invoice's facts: contract and company, period, dates, comment, review note, signature, creator. */
class InvoiceHeader extends FormLayout {


    InvoiceHeader(InvoiceDetail detail) {
        addClassName("invoice-header");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
        boolean owner = detail.ref().kind() == InvoiceRef.Kind.OWNER;
        field(owner ? "invoice.doc.owner.contract" : "invoice.header.contract",
                detail.contractNumber() + " " + detail.contractTitle());
        field(owner ? "invoice.doc.owner.company" : "invoice.header.company", detail.companyName());
        field("invoice.header.period", detail.period() == null ? null : detail.period().in(Formats.of(getLocale())));
        field("invoice.header.number", detail.number());
        field("invoice.header.billing-date", day(detail));
        if (!owner) {
            field("invoice.header.submitted", detail.submittedDate() == null ? null
                    : Formats.of(getLocale()).date(detail.submittedDate()));
            field("invoice.header.signature", getTranslation("signature." + detail.signature().name()));
        }
        field("invoice.header.created", detail.createdBy() == null ? null
                : getTranslation("invoice.header.created-by", detail.createdBy(), Formats.of(getLocale()).dateTime(detail.createdAt())));
        field("invoice.header.comment", detail.comment());
        if (detail.reviewNote() != null) {
            Span note = field("invoice.header.review-note", detail.reviewNote());
            note.addClassName("invoice-review-note");
        }
    }

    private Span field(String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "\u2014" : value);
        addFormItem(text, getTranslation(labelKey));
        return text;
    }

    private String day(InvoiceDetail detail) {
        return detail.billingDate() == null ? null : Formats.of(getLocale()).date(detail.billingDate());
    }
}
