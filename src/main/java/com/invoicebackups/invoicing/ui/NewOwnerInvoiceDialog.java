package com.invoicebackups.invoicing.ui;

import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.NewOwnerInvoices;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.layout.UiMessages;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Starts the next owner invoice of a prime contract in the open billing period: only the prime contracts that can
 * take one are offered, and each that has its owner invoice there already is named with a link to it.
 */
class NewOwnerInvoiceDialog extends Dialog {

    NewOwnerInvoiceDialog(InvoicingAccess access, NewOwnerInvoices ownerInvoices, Runnable showPeriods) {
        setHeaderTitle(getTranslation("owner.new-invoice.title"));
        addClassName("new-owner-invoice-dialog");
        setMaxWidth("40em");
        NewOwnerInvoices.Options options = ownerInvoices.options(access.userId(), access.projectId());
        Button cancel = new Button(getTranslation("invoice.actions.cancel"), click -> close());
        Paragraph problem = new Paragraph();
        problem.addClassName("new-invoice-problem");
        if (options.options().isEmpty()) {
            add(new Paragraph(getTranslation("owner.new-invoice.none")));
            getFooter().add(cancel);
            return;
        }
        if (options.openPeriod() == null) {
            problem.setText(getTranslation("invoice.error.no-open-period"));
            Button periods = new Button(getTranslation("compile.go-to-periods"), click -> {
                close();
                showPeriods.run();
            });
            periods.setVisible(access.manageBillingPeriods());
            add(problem);
            getFooter().add(cancel, periods);
            return;
        }
        String period = options.openPeriod().in(Formats.of(getLocale()));
        List<PrimeContract> available = options.available();
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        add(fields);
        UnorderedList taken = new UnorderedList();
        taken.addClassName("new-owner-invoice-taken");
        options.options().stream().filter(option -> option.existing() != null).forEach(option -> taken.add(new ListItem(
                new Span(getTranslation("invoicing.new-invoice.taken-item", option.primeContract().number(),
                        option.primeContract().title(), option.existingNumber())), new Span(" "),
                new Anchor("projects/" + access.projectId() + "/owner-invoices/" + option.existing().id(),
                        getTranslation("invoicing.new-invoice.open", option.existingNumber())))));
        if (taken.getChildren().findAny().isPresent()) {
            fields.add(new Paragraph(getTranslation(available.isEmpty() ? "owner.new-invoice.taken-all"
                    : "owner.new-invoice.taken-some", period)), taken);
        }
        if (available.isEmpty()) {
            getFooter().add(cancel);
            return;
        }
        ComboBox<PrimeContract> contract = new ComboBox<>(getTranslation("owner.grid.contract"));
        contract.setItems(available);
        contract.setItemLabelGenerator(prime -> prime.number() + " " + prime.title());
        contract.setWidth("28em");
        contract.setMaxWidth("100%");
        contract.setHelperText(getTranslation("invoicing.new-invoice.period", period));
        contract.addClassName("new-owner-invoice-contract");
        if (available.size() == 1) {
            contract.setValue(available.getFirst());
        }
        problem.setVisible(false);
        Button create = new Button(getTranslation("invoicing.new-invoice.create"), click -> {
            if (contract.getValue() == null) {
                contract.setInvalid(true);
                return;
            }
            try {
                OwnerInvoice invoice = ownerInvoices.createNext(access.userId(), contract.getValue().id());
                close();
                UI.getCurrent().navigate("projects/" + access.projectId() + "/owner-invoices/" + invoice.id());
            } catch (RuleViolation violation) {
                // someone else started it a moment ago, or the period was closed meanwhile
                problem.setText(UiMessages.message(UI.getCurrent(), violation));
                problem.setVisible(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-owner-invoice-create");
        fields.addComponentAsFirst(contract);
        fields.add(problem);
        getFooter().add(cancel, create);
    }
}
