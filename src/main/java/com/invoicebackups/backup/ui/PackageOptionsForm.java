package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.pdf.PackageOrder;
import com.invoicebackups.invoicing.DocumentType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The choices of one compile, starting from the project's package profile: cover sheet, documents left out, the
 * order of the package, a seal, and how it is delivered.
 */
class PackageOptionsForm extends VerticalLayout {

    /** How the backup is delivered. */
    private enum Delivery {
        ONE_FILE("compile.option.one-file"), VOLUMES("compile.option.volumes"), ZIP("compile.option.zip");

        private final String key;

        Delivery(String key) {
            this.key = key;
        }
    }

    private final Checkbox cover = new Checkbox();
    private final Checkbox invoiceDocuments = new Checkbox();
    private final RadioButtonGroup<Boolean> allAttachments = new RadioButtonGroup<>();
    private final CheckboxGroup<DocumentType> types = new CheckboxGroup<>();
    private final RadioButtonGroup<PackageOrder.Ordering> ordering = new RadioButtonGroup<>();
    private final VerticalLayout typeOrderRows = new VerticalLayout();
    private final List<String> typeOrder = new ArrayList<>();
    private final Checkbox sealed = new Checkbox();
    private final RadioButtonGroup<Delivery> delivery = new RadioButtonGroup<>();
    private final IntegerField largest = new IntegerField();

    PackageOptionsForm(BackupOptions start, Optional<String> sealedBy) {
        setPadding(false);
        setSpacing(false);
        cover.setLabel(getTranslation("compile.option.cover"));
        cover.setValue(start.coverSheet());
        invoiceDocuments.setLabel(getTranslation("compile.option.invoices"));
        invoiceDocuments.setValue(start.invoiceDocuments());
        allAttachments.setLabel(getTranslation("compile.option.attachments"));
        allAttachments.setItems(true, false);
        allAttachments.setItemLabelGenerator(all -> getTranslation(all ? "compile.option.all" : "compile.option.by-type"));
        allAttachments.setValue(start.attachmentTypes() == null);
        types.setItems(DocumentType.values());
        types.setItemLabelGenerator(type -> getTranslation("document-type." + type.name()));
        types.setValue(start.attachmentTypes() == null ? EnumSet.allOf(DocumentType.class)
                : start.attachmentTypes().stream().map(DocumentType::valueOf).collect(Collectors.toSet()));
        types.setVisible(start.attachmentTypes() != null);
        allAttachments.addValueChangeListener(change -> types.setVisible(!change.getValue()));

        ordering.setLabel(getTranslation("compile.option.ordering"));
        ordering.addClassName("compile-ordering");
        ordering.setItems(PackageOrder.Ordering.values());
        ordering.setItemLabelGenerator(value -> getTranslation("compile.ordering." + value.name()));
        ordering.setValue(start.ordering());
        typeOrder.addAll(fullOrder(start.typeOrder()));
        typeOrderRows.setPadding(false);
        typeOrderRows.setSpacing(false);
        typeOrderRows.addClassName("compile-type-order");
        showTypeOrder();
        ordering.addValueChangeListener(change -> showTypeOrder());

        sealed.setLabel(getTranslation("compile.option.seal", sealedBy.orElse("")));
        sealed.setValue(sealedBy.isPresent() && start.sealed());
        sealed.setVisible(sealedBy.isPresent());

        delivery.setLabel(getTranslation("compile.option.delivery"));
        delivery.addClassName("compile-delivery");
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(item -> getTranslation(item.key));
        delivery.setValue(start.zip() ? Delivery.ZIP : start.maxVolumeMegabytes() > 0 ? Delivery.VOLUMES : Delivery.ONE_FILE);
        largest.setLabel(getTranslation("compile.option.largest"));
        largest.setMin(1);
        largest.setMax(2000);
        largest.setValue(start.maxVolumeMegabytes() > 0 ? start.maxVolumeMegabytes() : 20);
        largest.setStepButtonsVisible(true);
        largest.setVisible(delivery.getValue() == Delivery.VOLUMES);
        delivery.addValueChangeListener(change -> largest.setVisible(change.getValue() == Delivery.VOLUMES));
        add(cover, invoiceDocuments, allAttachments, types, ordering, typeOrderRows, sealed, delivery, largest);
    }

    BackupOptions value() {
        Set<String> chosen = allAttachments.getValue() ? null
                : types.getValue().stream().map(Enum::name).collect(Collectors.toSet());
        BackupOptions options = new BackupOptions(cover.getValue(), invoiceDocuments.getValue(), chosen)
                .sealed(sealed.getValue()).ordered(ordering.getValue(), typeOrder);
        return switch (delivery.getValue()) {
            case VOLUMES -> options.inVolumesOf(largest.getValue() == null ? 20 : Math.max(1, largest.getValue()));
            case ZIP -> options.asZip();
            case ONE_FILE -> options;
        };
    }

    /** The order of document types, shown when the ordering uses one; each type moves up one place. */
    private void showTypeOrder() {
        typeOrderRows.removeAll();
        typeOrderRows.setVisible(ordering.getValue() != PackageOrder.Ordering.BY_CONTRACT);
        for (int i = 0; i < typeOrder.size(); i++) {
            int index = i;
            Button up = new Button(getTranslation("compile.type-order.up"), click -> {
                typeOrder.add(index - 1, typeOrder.remove(index));
                showTypeOrder();
            });
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            up.addClassName("type-order-up");
            up.setEnabled(i > 0);
            Span label = new Span((i + 1) + ". " + typeLabel(typeOrder.get(i)));
            label.addClassName("type-order-item");
            HorizontalLayout row = new HorizontalLayout(label, up);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            typeOrderRows.add(row);
        }
    }

    private String typeLabel(String type) {
        return type.equals(PackageOrder.INVOICE_DOCUMENT) ? getTranslation("compile.type-order.invoice-document")
                : getTranslation("document-type." + type);
    }

    /** The saved order, then every type it does not name, the invoice document first. */
    static List<String> fullOrder(List<String> saved) {
        List<String> order = new ArrayList<>(saved);
        Stream.concat(Stream.of(PackageOrder.INVOICE_DOCUMENT), Arrays.stream(DocumentType.values()).map(Enum::name))
                .filter(type -> !order.contains(type)).forEach(order::add);
        return order;
    }
}
