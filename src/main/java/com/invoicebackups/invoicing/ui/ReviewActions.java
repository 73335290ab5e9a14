package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceRights;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.StatusChanged;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;

/** The buttons the user may press now: submit, the review decisions, and the signature states. */
class ReviewActions extends HorizontalLayout {

    private final InvoiceDetail detail;
    private final long userId;
    private final InvoiceReviewService reviews;
    private final Runnable reload;

    ReviewActions(InvoiceDetail detail, long userId, InvoiceReviewService reviews, long maxUploadBytes,
                  Runnable reload) {
        this.detail = detail;
        this.userId = userId;
        this.reviews = reviews;
        this.reload = reload;
        addClassName("invoice-actions");
        setWrap(true);
        InvoiceRights rights = detail.rights();
        long id = detail.ref().id();
        if (rights.submit()) {
            Button submit = button("invoice.actions.submit", () -> reviews.submit(userId, id));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (rights.review()) {
            decision("invoice.actions.approve", InvoiceStatus.APPROVED, false).addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            decision("invoice.actions.approve-as-noted", InvoiceStatus.APPROVED_AS_NOTED, false);
            decision("invoice.actions.pending-owner", InvoiceStatus.PENDING_OWNER_APPROVAL, false);
            decision("invoice.actions.revise", InvoiceStatus.REVISE_AND_RESUBMIT, true)
                    .addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        if (rights.sendForSignature()) {
            button("invoice.signature.send", () -> reviews.sendForSignature(userId, id));
        }
        if (rights.recordSignature()) {
            Button record = new Button(getTranslation("invoice.signature.record"),
                    click -> new SignedDocumentDialog(detail, userId, reviews, maxUploadBytes, reload).open());
            record.addClassName("action-record-signature");
            add(record);
        }
        if (rights.declineSignature()) {
            button("invoice.signature.decline", () -> reviews.declineSignature(userId, id));
        }
    }

    private Button button(String key, Supplier<SubcontractorInvoice> action) {
        Button button = new Button(getTranslation(key), click -> done(action.get()));
        button.addClassName("action-" + key.substring(key.lastIndexOf('.') + 1));
        add(button);
        return button;
    }

    /**
     * A decision with an optional note; sending back asks for the reason first, on its field. A decision that would
     * leave the status as it is is not offered.
     */
    private Button decision(String key, InvoiceStatus to, boolean reasonRequired) {
        if (detail.status().equals(to.name())) {
            return new Button();
        }
        Button button = new Button(getTranslation(key), click -> {
            if (!reasonRequired && to == InvoiceStatus.APPROVED) {
                decide(to, null);
                return;
            }
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(key));
            TextArea note = new TextArea(getTranslation(reasonRequired ? "invoice.actions.reason" : "invoice.actions.note"));
            note.setWidth("30em");
            note.setMaxLength(1000);
            note.setRequired(reasonRequired);
            note.addClassName("review-note");
            Button confirm = new Button(getTranslation("invoice.actions.confirm"), confirmed -> {
                if (reasonRequired && note.getValue().isBlank()) {
                    note.setErrorMessage(getTranslation("invoice.error.reason-required"));
                    note.setInvalid(true);
                    note.focus();
                    return;
                }
                dialog.close();
                decide(to, note.getValue());
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClassName("review-confirm");
            dialog.add(note);
            dialog.getFooter().add(new Button(getTranslation("invoice.actions.cancel"), cancel -> dialog.close()), confirm);
            dialog.open();
            note.focus();
        });
        button.addClassName("action-" + key.substring(key.lastIndexOf('.') + 1));
        add(button);
        return button;
    }

    /** Applies the decision to the invoice as this screen shows it; if someone else changed it since, says who. */
    private void decide(InvoiceStatus to, String note) {
        try {
            done(reviews.review(userId, detail.ref().id(), InvoiceStatus.valueOf(detail.status()), to, note));
        } catch (StatusChanged changed) {
            Notification.show(getTranslation(changed.messageKey(), changed.arguments()), 10000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            reload.run();
        }
    }

    private void done(SubcontractorInvoice invoice) {
        Notification.show(getTranslation("invoice.actions.done", getTranslation("status." + invoice.status().name())),
                3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload.run();
    }
}
