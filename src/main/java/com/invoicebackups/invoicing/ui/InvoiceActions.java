package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.StatusChanged;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the buttons of a subcontractor invoice and of an owner invoice have in common: a button per step, a note asked
 * for in a dialog, and what a step tells the user before the invoice is shown again.
 */
abstract class InvoiceActions extends HorizontalLayout {

    private final Runnable reload;

    InvoiceActions(Runnable reload) {
        this.reload = reload;
        addClassName("invoice-actions");
        setWrap(true);
    }

    /** A button for the step named by {@code key}, marked with the key's last word. */
    Button button(String key, Runnable click) {
        Button button = new Button(getTranslation(key), event -> click.run());
        button.addClassName("action-" + key.substring(key.lastIndexOf('.') + 1));
        add(button);
        return button;
    }

    /** A button that takes the step at once. */
    Button step(String key, Supplier<? extends Enum<?>> step) {
        return button(key, () -> act(step));
    }

    /**
     * Asks for the note of a decision in a dialog titled as its button; a required note (the reason for sending an
     * invoice back) must not be blank.
     */
    void askNote(String key, String noteLabel, boolean required, Consumer<String> decide) {
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
            decide.accept(note.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("review-confirm");
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("invoice.actions.cancel"), cancel -> dialog.close()), confirm);
        dialog.open();
        note.focus();
    }

    /**
     * Takes the step on the invoice as this screen shows it and says the status it reached; if someone else changed
     * the invoice since, says who. The invoice is shown as it is now either way.
     */
    void act(Supplier<? extends Enum<?>> step) {
        try {
            Enum<?> status = step.get();
            Notification.show(getTranslation("invoice.actions.done", getTranslation("status." + status.name())),
                    3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (StatusChanged changed) {
            Notification.show(getTranslation(changed.messageKey(), changed.arguments()), 10000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload.run();
    }
}
