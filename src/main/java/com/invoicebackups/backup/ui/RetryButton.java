package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.layout.UiMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Queues again a backup that the document store, out of reach, failed: one click, once. The screens hear of the
 * queued backup as of any other.
 */
final class RetryButton {

    private RetryButton() {
    }

    static Button of(Backup backup, long userId, BackupService backups) {
        Button retry = new Button(UI.getCurrent().getTranslation("backup.retry"));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.addClassName("backup-retry");
        retry.getElement().setAttribute("data-backup", String.valueOf(backup.id()));
        retry.setDisableOnClick(true);
        retry.addClickListener(click -> {
            try {
                backups.retry(userId, backup.id());
            } catch (RuntimeException e) {
                UI ui = click.getSource().getUI().orElseThrow();
                Notification.show(UiMessages.message(ui, e), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                retry.setEnabled(true);
            }
        });
        return retry;
    }
}
