package com.invoicebackups.invoicing.ui;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.layout.UiMessages;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the dialogs that start the next subcontractor or owner invoice of a contract have in common: what stops one
 * (nothing to start, no open billing period), the invoices the period has already, the contracts that can take one,
 * and Create.
 */
abstract class StartInvoiceDialog extends Dialog {

    private final Button cancel;
    private final Paragraph problem = new Paragraph();

    StartInvoiceDialog(String titleKey, String className) {
        setHeaderTitle(getTranslation(titleKey));
        addClassName(className);
        setMaxWidth("40em");
        cancel = new Button(getTranslation("invoice.actions.cancel"), click -> close());
        problem.addClassName("new-invoice-problem");
        problem.setVisible(false);
    }

    /** The way to the Billing Periods tab, hidden until it is offered. */
    Button toPeriods(Runnable showPeriods) {
        Button periods = new Button(getTranslation("compile.go-to-periods"), click -> {
            close();
            showPeriods.run();
        });
        periods.setVisible(false);
        return periods;
    }

    /**
     * The name of the open billing period the invoice would go into; empty when there is nothing to start it on
     * ({@code none} says so) or no open period, which is said with the way to the periods ({@code periods}) for who
     * may manage them. Either way the dialog then offers only Cancel besides.
     */
    Optional<String> openPeriod(boolean anyContract, String none, BillingPeriod open, Button periods,
                                boolean managesPeriods) {
        if (!anyContract) {
            add(new Paragraph(getTranslation(none)));
            getFooter().add(cancel);
            return Optional.empty();
        }
        if (open == null) {
            problem.setText(getTranslation("invoice.error.no-open-period"));
            problem.setVisible(true);
            periods.setVisible(managesPeriods);
            add(problem);
            getFooter().add(cancel, periods);
            return Optional.empty();
        }
        return Optional.of(open.in(Formats.of(getLocale())));
    }

    /** Where what the dialog offers goes. */
    VerticalLayout fields() {
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        add(fields);
        return fields;
    }

    /** Every contract has its invoice in the period already: nothing to offer but Cancel. */
    void allTaken() {
        getFooter().add(cancel);
    }

    /** A contract that has its invoice in the period already, named with a link to that invoice. */
    ListItem taken(String contractNumber, String contractTitle, String existingNumber, String href) {
        return new ListItem(new Span(getTranslation("invoicing.new-invoice.taken-item", contractNumber, contractTitle,
                existingNumber)), new Span(" "),
                new Anchor(href, getTranslation("invoicing.new-invoice.open", existingNumber)));
    }

    /** The contracts that can take an invoice in the period; the only one is chosen already. */
    <C> ComboBox<C> contracts(String labelKey, List<C> available, ItemLabelGenerator<C> label, String period,
                              String className) {
        ComboBox<C> contract = new ComboBox<>(getTranslation(labelKey));
        contract.setItems(available);
        contract.setItemLabelGenerator(label);
        contract.setWidth("28em");
        contract.setMaxWidth("100%");
        contract.setHelperText(getTranslation("invoicing.new-invoice.period", period));
        contract.addClassName(className);
        if (available.size() == 1) {
            contract.setValue(available.getFirst());
        }
        return contract;
    }

    /**
     * Create: {@code start} starts the invoice on the chosen contract and answers its address, which is opened. A
     * refusal (someone else started it a moment ago, or the period was closed meanwhile) is shown above the buttons
     * and handed to {@code refused}.
     */
    <C> Button create(ComboBox<C> contract, String className, Function<C, String> start,
                      Consumer<RuleViolation> refused) {
        Button create = new Button(getTranslation("invoicing.new-invoice.create"), click -> {
            if (contract.getValue() == null) {
                contract.setInvalid(true);
                return;
            }
            try {
                String address = start.apply(contract.getValue());
                close();
                UI.getCurrent().navigate(address);
            } catch (RuleViolation violation) {
                problem.setText(UiMessages.message(UI.getCurrent(), violation));
                problem.setVisible(true);
                refused.accept(violation);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName(className);
        return create;
    }

    /** The contracts first in the fields, the problem line last; Cancel and the given buttons below. */
    void offer(VerticalLayout fields, ComboBox<?> contract, Button... buttons) {
        fields.addComponentAsFirst(contract);
        fields.add(problem);
        getFooter().add(cancel);
        getFooter().add(buttons);
    }
}
