package com.invoicebackups.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * A form in a dialog with Cancel and Save. Save runs the action and closes; when the service refuses, the
 * error handler shows why and the dialog stays open with what was typed.
 */
public class EditDialog extends Dialog {

    private final FormLayout form = new FormLayout();

    public EditDialog(String title, Runnable save, Component... fields) {
        setHeaderTitle(title);
        form.add(fields);
        add(form);
        Button saveButton = new Button(getTranslation("dialog.save"), click -> {
            save.run();
            close();
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), saveButton);
        setWidth("min(640px, 95vw)");
    }

    public FormLayout form() {
        return form;
    }
}
