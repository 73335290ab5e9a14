package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.invoicing.DocumentType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The preflight: blocking problems stop everything and point to the Billing Periods tab; otherwise the
 * warnings are listed and the options chosen before the backups are queued.
 */
class CompileDialog extends Dialog {

    /**
     * {@code problems} and {@code warnings} come as sentences in the user's words; any problem blocks.
     * {@code showBillingPeriods}: null when no problem is about billing periods.
     */
    CompileDialog(String summary, List<String> problems, List<String> warnings, Optional<String> sealedBy,
                  Runnable showBillingPeriods, Consumer<BackupOptions> compile) {
        addClassName("compile-dialog");
        setHeaderTitle(getTranslation("invoicing.compile"));
        setWidth("40em");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        add(body);
        Button cancel = new Button(getTranslation("compile.cancel"), click -> close());
        if (!problems.isEmpty()) {
            body.add(new Paragraph(getTranslation("compile.blocked")));
            body.add(list("compile-problems", problems));
            getFooter().add(cancel);
            if (showBillingPeriods != null) {
                Button periods = new Button(getTranslation("compile.go-to-periods"), click -> {
                    close();
                    showBillingPeriods.run();
                });
                periods.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                getFooter().add(periods);
            }
            return;
        }
        body.add(new Paragraph(summary));
        if (!warnings.isEmpty()) {
            body.add(new H4(getTranslation("compile.warnings", warnings.size())));
            UnorderedList list = list("compile-warnings", warnings.stream().limit(50).toList());
            if (warnings.size() > 50) {
                list.add(new ListItem(getTranslation("compile.warning.more", warnings.size() - 50)));
            }
            body.add(list);
        }
        Checkbox cover = new Checkbox(getTranslation("compile.option.cover"), true);
        Checkbox invoiceDocuments = new Checkbox(getTranslation("compile.option.invoices"), true);
        RadioButtonGroup<Boolean> allAttachments = new RadioButtonGroup<>(getTranslation("compile.option.attachments"));
        allAttachments.setItems(true, false);
        allAttachments.setItemLabelGenerator(all -> getTranslation(all ? "compile.option.all" : "compile.option.by-type"));
        allAttachments.setValue(true);
        CheckboxGroup<DocumentType> types = new CheckboxGroup<>();
        types.setItems(DocumentType.values());
        types.setItemLabelGenerator(type -> getTranslation("document-type." + type.name()));
        types.setValue(EnumSet.allOf(DocumentType.class));
        types.setVisible(false);
        allAttachments.addValueChangeListener(change -> types.setVisible(!change.getValue()));
        body.add(cover, invoiceDocuments, allAttachments, types);
        Checkbox sealed = new Checkbox(getTranslation("compile.option.seal", sealedBy.orElse("")), sealedBy.isPresent());
        sealed.setVisible(sealedBy.isPresent());
        body.add(sealed);
        RadioButtonGroup<Delivery> delivery = new RadioButtonGroup<>(getTranslation("compile.option.delivery"));
        delivery.addClassName("compile-delivery");
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(item -> getTranslation(item.key));
        delivery.setValue(Delivery.ONE_FILE);
        IntegerField largest = new IntegerField(getTranslation("compile.option.largest"));
        largest.setMin(1);
        largest.setMax(2000);
        largest.setValue(20);
        largest.setStepButtonsVisible(true);
        largest.setVisible(false);
        delivery.addValueChangeListener(change -> largest.setVisible(change.getValue() == Delivery.VOLUMES));
        body.add(delivery, largest);

        Button queue = new Button(getTranslation("compile.queue"), click -> {
            Set<String> chosen = allAttachments.getValue() ? null
                    : types.getValue().stream().map(Enum::name).collect(Collectors.toSet());
            close();
            BackupOptions options = new BackupOptions(cover.getValue(), invoiceDocuments.getValue(), chosen)
                    .sealed(sealed.getValue());
            compile.accept(switch (delivery.getValue()) {
                case VOLUMES -> options.inVolumesOf(largest.getValue() == null ? 20 : Math.max(1, largest.getValue()));
                case ZIP -> options.asZip();
                case ONE_FILE -> options;
            });
        });
        queue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, queue);
    }

    /** How the backup is delivered. */
    private enum Delivery {
        ONE_FILE("compile.option.one-file"), VOLUMES("compile.option.volumes"), ZIP("compile.option.zip");

        private final String key;

        Delivery(String key) {
            this.key = key;
        }
    }

    private static UnorderedList list(String className, List<String> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
