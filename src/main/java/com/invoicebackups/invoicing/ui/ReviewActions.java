package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceRights;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The buttons the user may press now: submit, the review decisions, and the signature states. */
class ReviewActions extends InvoiceActions {

    private final InvoiceDetail detail;
    private final long userId;
    private final InvoiceReviewService reviews;

    ReviewActions(InvoiceDetail detail, long userId, InvoiceReviewService reviews, long maxUploadBytes,
                  Runnable reload) {
        super(reload);
        this.detail = detail;
        this.userId = userId;
        this.reviews = reviews;
        InvoiceRights rights = detail.rights();
        long id = detail.ref().id();
        if (rights.submit()) {
            step("invoice.actions.submit", () -> reviews.submit(userId, id).status())
                    .addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (rights.review()) {
            decision("invoice.actions.approve", InvoiceStatus.APPROVED, false).addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            decision("invoice.actions.approve-as-noted", InvoiceStatus.APPROVED_AS_NOTED, false);
            decision("invoice.actions.pending-owner", InvoiceStatus.PENDING_OWNER_APPROVAL, false);
            decision("invoice.actions.revise", InvoiceStatus.REVISE_AND_RESUBMIT, true)
                    .addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        if (rights.sendForSignature()) {
            step("invoice.signature.send", () -> reviews.sendForSignature(userId, id).status());
        }
        if (rights.recordSignature()) {
            Button record = new Button(getTranslation("invoice.signature.record"),
                    click -> new SignedDocumentDialog(detail, userId, reviews, maxUploadBytes, reload).open());
            record.addClassName("action-record-signature");
            add(record);
        }
        if (rights.declineSignature()) {
            step("invoice.signature.decline", () -> reviews.declineSignature(userId, id).status());
        }
    }

    /**
     * A decision with an optional note; sending back asks for the reason first, on its field. A decision that would
     * leave the status as it is is not offered.
     */
    private Button decision(String key, InvoiceStatus to, boolean reasonRequired) {
        if (detail.status().equals(to.name())) {
            return new Button();
        }
        return button(key, () -> {
            if (!reasonRequired && to == InvoiceStatus.APPROVED) {
                decide(to, null);
            } else {
                askNote(key, reasonRequired ? "invoice.actions.reason" : "invoice.actions.note", reasonRequired,
                        note -> decide(to, note));
            }
        });
    }

    /** Applies the decision to the invoice as this screen shows it; if someone else changed it since, says who. */
    private void decide(InvoiceStatus to, String note) {
        act(() -> reviews.review(userId, detail.ref().id(), InvoiceStatus.valueOf(detail.status()), to, note).status());
    }
}
