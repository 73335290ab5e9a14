package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceRights;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.invoicebackups.invoicing.OwnerReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * An owner invoice's buttons for the side whose turn it is: the contractor submits it to the owner; the owner
 * approves, approves as noted or sends it back with a reason, and records the payment of an approved one.
 */
class OwnerReviewActions extends InvoiceActions {

    private final long userId;
    private final OwnerReviewService reviews;
    private final long id;
    private final OwnerInvoiceStatus seen;

    OwnerReviewActions(InvoiceDetail detail, long userId, OwnerReviewService reviews, Runnable reload) {
        super(reload);
        this.userId = userId;
        this.reviews = reviews;
        this.id = detail.ref().id();
        this.seen = OwnerInvoiceStatus.valueOf(detail.status());
        InvoiceRights rights = detail.rights();
        if (rights.submit()) {
            step("owner.actions.submit", () -> reviews.submit(userId, id, seen).status())
                    .addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (rights.review()) {
            step("owner.actions.approve",
                    () -> reviews.decide(userId, id, seen, OwnerInvoiceStatus.APPROVED, null).status())
                    .addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            withNote("owner.actions.approve-as-noted", OwnerInvoiceStatus.APPROVED_AS_NOTED, "invoice.actions.note");
            withNote("owner.actions.revise", OwnerInvoiceStatus.REVISE_AND_RESUBMIT, "owner.actions.reason")
                    .addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        if (rights.recordPayment()) {
            button("owner.actions.paid", () -> {
                Dialog dialog = new Dialog(new Paragraph(getTranslation("owner.actions.paid.confirm", detail.number())));
                dialog.setHeaderTitle(getTranslation("owner.actions.paid"));
                Button confirm = new Button(getTranslation("invoice.actions.confirm"), confirmed -> {
                    dialog.close();
                    act(() -> reviews.recordPayment(userId, id, seen).status());
                });
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                confirm.addClassName("review-confirm");
                dialog.getFooter().add(new Button(getTranslation("invoice.actions.cancel"), cancel -> dialog.close()),
                        confirm);
                dialog.open();
            });
        }
    }

    /** A decision with a note on its field; sending back requires it. */
    private Button withNote(String key, OwnerInvoiceStatus to, String noteLabel) {
        return button(key, () -> askNote(key, noteLabel, to == OwnerInvoiceStatus.REVISE_AND_RESUBMIT,
                note -> act(() -> reviews.decide(userId, id, seen, to, note).status())));
    }
}
