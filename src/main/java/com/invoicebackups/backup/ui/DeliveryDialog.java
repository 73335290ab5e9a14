package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupDeliveries;
import com.invoicebackups.backup.BackupDelivery;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;

/**
 * Sends a backup to the owner's people on the project and to any other address by personal links, and shows where it
 * went: each delivery with who sent it, until when it works, its downloads, and a button to revoke it.
 */
class DeliveryDialog extends Dialog {

    private final long userId;
    private final Backup backup;
    private final BackupDeliveries deliveries;
    private final Div sent = new Div();

    DeliveryDialog(long userId, Backup backup, BackupDeliveries deliveries) {
        this.userId = userId;
        this.backup = backup;
        this.deliveries = deliveries;
        addClassName("delivery-dialog");
        setHeaderTitle(getTranslation("delivery.title"));
        setWidth("min(46em, 95vw)");

        List<BackupDeliveries.Recipient> recipients = deliveries.recipients(userId, backup.id());
        CheckboxGroup<BackupDeliveries.Recipient> members = new CheckboxGroup<>(getTranslation("delivery.members"));
        members.addClassName("delivery-members");
        members.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        members.setItems(recipients);
        members.setItemLabelGenerator(recipient -> recipient.name() + " <" + recipient.email() + ">");
        members.setHelperText(recipients.isEmpty() ? getTranslation("delivery.members.none") : null);
        TextArea addresses = new TextArea(getTranslation("delivery.addresses"));
        addresses.addClassName("delivery-addresses");
        addresses.setHelperText(getTranslation("delivery.addresses.help"));
        addresses.setWidthFull();
        Paragraph rules = new Paragraph(getTranslation("delivery.rules", backup.fileName(), deliveries.expiryDays()));

        Button send = new Button(getTranslation("delivery.send.confirm"), click -> {
            try {
                int count = deliveries.send(userId, backup.id(), members.getSelectedItems().stream()
                        .map(BackupDeliveries.Recipient::userId).toList(), addresses.getValue());
                addresses.clear();
                addresses.setInvalid(false);
                members.clear();
                Notification.show(getTranslation("delivery.sent", count), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showSent();
            } catch (RuleViolation refused) {
                addresses.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                addresses.setInvalid(true);
                addresses.focus();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("delivery-send");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));

        sent.addClassName("delivery-list");
        VerticalLayout content = new VerticalLayout(rules, members, addresses,
                new H3(getTranslation("delivery.history")), sent);
        content.setPadding(false);
        add(content);
        getFooter().add(new Button(getTranslation("invoice.actions.close"), click -> close()), send);
        showSent();
    }

    private void showSent() {
        sent.removeAll();
        List<BackupDelivery> list = deliveries.deliveries(userId, backup.id());
        if (list.isEmpty()) {
            sent.add(new Span(getTranslation("delivery.history.empty")));
        }
        Formats formats = Formats.of(getLocale());
        Instant now = Instant.now();
        for (BackupDelivery delivery : list) {
            Div entry = new Div();
            entry.addClassName("delivery-entry");
            String state = delivery.revokedAt() != null
                    ? getTranslation("delivery.state.revoked", delivery.revokedBy(), formats.dateTime(delivery.revokedAt()))
                    : delivery.works(now) ? getTranslation("delivery.state.works", formats.dateTime(delivery.expiresAt()))
                    : getTranslation("delivery.state.expired", formats.dateTime(delivery.expiresAt()));
            entry.add(new Paragraph(getTranslation("delivery.entry", delivery.recipient(), delivery.sentBy(),
                    formats.dateTime(delivery.sentAt()), state)));
            for (BackupDelivery.Download download : delivery.downloads()) {
                Paragraph line = new Paragraph(getTranslation("delivery.download", download.fileName(),
                        formats.dateTime(download.at()), download.address()));
                line.addClassName("delivery-download");
                entry.add(line);
            }
            if (delivery.works(now)) {
                Button revoke = new Button(getTranslation("delivery.revoke"), click -> {
                    deliveries.revoke(userId, delivery.id());
                    showSent();
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                revoke.addClassName("delivery-revoke");
                entry.add(revoke);
            }
            sent.add(entry);
        }
    }
}
