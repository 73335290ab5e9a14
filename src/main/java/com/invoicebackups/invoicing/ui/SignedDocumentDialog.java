package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.layout.StreamedUpload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Uploads the signed invoice PDF, checked like any upload; once recorded it stands for the invoice in backups.
 * A refused file stays listed with its reason, and another may be chosen at once.
 */
class SignedDocumentDialog extends Dialog {

    private final UnorderedList refusals = new UnorderedList();
    private final StreamedUpload upload;

    SignedDocumentDialog(InvoiceDetail detail, long userId, InvoiceReviewService reviews, long maxBytes,
                         Runnable reload) {
        setHeaderTitle(getTranslation("invoice.signature.record"));
        addClassName("signed-document-dialog");
        refusals.addClassName("upload-refusals");
        upload = new StreamedUpload(maxBytes,
                (name, file) -> reviews.recordSignedDocument(userId, detail.ref().id(), name, file),
                new StreamedUpload.Outcome() {
                    @Override
                    public void accepted(String fileName) {
                        Notification.show(getTranslation("invoice.signature.recorded"), 4000,
                                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        close();
                        reload.run();
                    }

                    @Override
                    public void refused(String fileName, String message) {
                        SignedDocumentDialog.this.refused(fileName, message);
                    }
                });
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.addClassName("signed-upload");
        Paragraph help = new Paragraph(getTranslation("invoice.signature.record-help"));
        help.addClassName("signed-upload-help");
        add(help, upload, refusals);
        getFooter().add(new Button(getTranslation("invoice.actions.cancel"), click -> close()));
    }

    private void refused(String fileName, String message) {
        refusals.add(new ListItem(getTranslation("invoice.attachments.refused", fileName, message)));
    }
}
