package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceRights;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.OwnerReviewService;
import com.invoicebackups.invoicing.StatusChanged;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;

/**
 * An owner invoice's buttons for the side whose turn it is: the contractor submits it to the owner; the owner
 * approves, approves as noted or sends it back with a reason, and records the payment of an approved one.
 */
class OwnerReviewActions extends HorizontalLayout {

    private final InvoiceDetail detail;
    private final long userId;
    private final OwnerReviewService reviews;
    private final Runnable reload;
    private final OwnerInvoiceStatus seen;

    OwnerReviewActions(InvoiceDetail detail, long userId, OwnerReviewService reviews, Runnable reload) {
        this.detail = detail;
        this.userId = userId;
        this.reviews = reviews;
        this.reload = reload;
        this.seen = OwnerInvoiceStatus.valueOf(detail.status());
        addClassName("invoice-actions");
        setWrap(true);
        InvoiceRights rights = detail.rights();
        long id = detail.ref().id();
        if (rights.submit()) {
            button("owner.actions.submit", () -> reviews.submit(userId, id, seen)).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (rights.review()) {
            button("owner.actions.approve", () -> reviews.decide(userId, id, seen, OwnerInvoiceStatus.APPROVED, null))
                    .addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            withNote("owner.actions.approve-as-noted", OwnerInvoiceStatus.APPROVED_AS_NOTED, "invoice.actions.note");
            withNote("owner.actions.revise", OwnerInvoiceStatus.REVISE_AND_RESUBMIT, "owner.actions.reason")
                    .addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        if (rights.recordPayment()) {
            Button paid = new Button(getTranslation("owner.actions.paid"), click -> {
                Dialog dialog = new Dialog(new Paragraph(getTranslation("owner.actions.paid.confirm", detail.number())));
                dialog.setHeaderTitle(getTranslation("owner.actions.paid"));
                Button confirm = new Button(getTranslation("invoice.actions.confirm"), confirmed -> {
                    dialog.close();
                    act(() -> reviews.recordPayment(userId, id, seen));
                });
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                confirm.addClassName("review-confirm");
                dialog.getFooter().add(new Button(getTranslation("invoice.actions.cancel"), cancel -> dialog.close()),
                        confirm);
                dialog.open();
            });
            paid.addClassName("action-paid");
            add(paid);
        }
    }

    private Button button(String key, Supplier<OwnerInvoice> action) {
        Button button = new Button(getTranslation(key), click -> act(action));
        button.addClassName("action-" + key.substring(key.lastIndexOf('.') + 1));
        add(button);
        return button;
    }

    /** A decision with a note on its field; sending back requires it. */
    private Button withNote(String key, OwnerInvoiceStatus to, String noteLabel) {
        boolean required = to == OwnerInvoiceStatus.REVISE_AND_RESUBMIT;
        Button button = new Button(getTranslation(key), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(key));
            TextArea note = new TextArea(getTranslation(noteLabel));
            note.setWidth("min(30em, 80vw)");
            note.setMaxLength(1000);
            note.setRequired(required);
            note.addClassName("review-note");
            Button confirm = new Button(getTranslation("invoice.actions.confirm"), confirmed -> {
                if (required && note.getValue().isBlank()) {
                    note.setErrorMessage(getTranslation("invoice.error.reason-required"));
                    note.setInvalid(true);
                    note.focus();
                    return;
                }
                dialog.close();
                act(() -> reviews.decide(userId, detail.ref().id(), seen, to, note.getValue()));
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

    /** Applies the step to the invoice as this screen shows it; if someone else changed it since, says so. */
    private void act(Supplier<OwnerInvoice> action) {
        try {
            OwnerInvoice invoice = action.get();
            Notification.show(getTranslation("invoice.actions.done", getTranslation("status." + invoice.status().name())),
                    3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (StatusChanged changed) {
            Notification.show(getTranslation(changed.messageKey(), changed.arguments()), 10000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload.run();
    }
}
