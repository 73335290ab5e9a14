package com.invoicebackups.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** A set-password link no mail carried, shown once to the administrator to copy and hand over. */
class HandOverLinkDialog extends Dialog {

    HandOverLinkDialog(String displayName, String link) {
        setHeaderTitle(getTranslation("users.link.title", displayName));
        addClassName("hand-over-link-dialog");
        TextField field = new TextField(getTranslation("users.link.field"));
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("hand-over-link");
        // selected at once, to copy with one key stroke
        field.addAttachListener(attached -> field.getElement().executeJs("this.inputElement.select()"));
        add(new Paragraph(getTranslation("users.link.explained", displayName)), field);
        setWidth("min(40em, 95vw)");
        getFooter().add(new Button(getTranslation("dialog.close"), click -> close()));
    }
}
