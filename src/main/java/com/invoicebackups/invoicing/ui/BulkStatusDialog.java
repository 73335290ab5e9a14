package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.BulkStatusResult;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.StatusChanged;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/** One review decision for the selected invoices, then a summary of those that could not move and why. */
class BulkStatusDialog extends Dialog {

    BulkStatusDialog(InvoicingAccess access, InvoiceReviewService reviews, List<Long> invoiceIds, Runnable changed) {
        setHeaderTitle(getTranslation("invoicing.bulk-status.title", invoiceIds.size()));
        addClassName("bulk-status-dialog");
        // the statuses the decision is made on: if another administrator changes one before Apply, nothing moves
        Map<Long, InvoiceStatus> seen = reviews.statuses(access.userId(), access.projectId(), invoiceIds);
        ComboBox<InvoiceStatus> status = new ComboBox<>(getTranslation("invoicing.bulk-status.status"));
        status.setItems(InvoiceReviewService.REVIEW_STATUSES);
        status.setItemLabelGenerator(value -> getTranslation("status." + value.name()));
        status.addClassName("bulk-status-value");
        TextArea note = new TextArea(getTranslation("invoice.actions.note"));
        note.setMaxLength(1000);
        note.setWidth("28em");
        note.addClassName("bulk-status-note");
        // sending back needs the reason, which goes to each invoice's contacts: it is asked for before anything moves
        status.addValueChangeListener(change -> {
            boolean reason = change.getValue() == InvoiceStatus.REVISE_AND_RESUBMIT;
            note.setLabel(getTranslation(reason ? "invoice.actions.reason" : "invoice.actions.note"));
            note.setRequired(reason);
            note.setInvalid(false);
        });
        Button cancel = new Button(getTranslation("invoice.actions.cancel"), click -> close());
        Button apply = new Button(getTranslation("invoicing.bulk-status.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClassName("bulk-status-apply");
        apply.addClickListener(click -> {
            if (status.getValue() == null) {
                status.setInvalid(true);
                return;
            }
            if (status.getValue() == InvoiceStatus.REVISE_AND_RESUBMIT && note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("invoice.error.reason-required"));
                note.setInvalid(true);
                note.focus();
                return;
            }
            BulkStatusResult result;
            try {
                result = reviews.reviewAll(access.userId(), access.projectId(), seen, status.getValue(), note.getValue());
            } catch (StatusChanged conflict) {
                changed.run();
                showConflict(conflict);
                return;
            }
            changed.run();
            removeAll();
            Paragraph summary = new Paragraph(getTranslation("invoicing.bulk-status.summary", result.moved(),
                    result.refused().size()));
            summary.addClassName("bulk-status-summary");
            add(summary);
            UnorderedList refusals = new UnorderedList();
            result.refused().forEach(refusal -> refusals.add(new ListItem(getTranslation("invoicing.bulk-status.refusal",
                    refusal.invoiceNumber(), getTranslation(refusal.messageKey(), refusal.arguments())))));
            add(refusals);
            getFooter().removeAll();
            getFooter().add(new Button(getTranslation("invoice.actions.close"), close -> close()));
        });
        status.setWidth("16em");
        VerticalLayout fields = new VerticalLayout(status, note);
        fields.setPadding(false);
        add(fields);
        getFooter().add(cancel, apply);
    }

    private void showConflict(StatusChanged conflict) {
        removeAll();
        Paragraph summary = new Paragraph(getTranslation("invoicing.bulk-status.changed", conflict.changes().size()));
        summary.addClassName("bulk-status-conflict");
        UnorderedList changes = new UnorderedList();
        conflict.changes().forEach(change -> changes.add(new ListItem(getTranslation(change.key(), change.arguments()))));
        add(summary, changes);
        getFooter().removeAll();
        getFooter().add(new Button(getTranslation("invoice.actions.close"), close -> close()));
    }
}
