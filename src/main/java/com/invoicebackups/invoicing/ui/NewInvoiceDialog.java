package com.invoicebackups.invoicing.ui;

import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.NewInvoiceOptions;
import com.invoicebackups.invoicing.SubcontractorInvoice;
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
 * Starts the next invoice of a subcontract in the open billing period. It offers only the subcontracts that can
 * take one and names each that already has its invoice there, with a way to open it. Without an open period it says
 * so and offers an administrator the way to the Billing Periods tab.
 */
class NewInvoiceDialog extends Dialog {

    NewInvoiceDialog(InvoicingAccess access, InvoiceDetailService details, Runnable showPeriods) {
        setHeaderTitle(getTranslation("invoicing.new-invoice.title"));
        addClassName("new-invoice-dialog");
        setMaxWidth("40em");
        NewInvoiceOptions options = details.newInvoiceOptions(access.userId(), access.projectId());
        Button cancel = new Button(getTranslation("invoice.actions.cancel"), click -> close());
        Paragraph problem = new Paragraph();
        problem.addClassName("new-invoice-problem");
        problem.setVisible(false);
        Button periodsButton = new Button(getTranslation("compile.go-to-periods"), click -> {
            close();
            showPeriods.run();
        });
        periodsButton.setVisible(false);
        if (options.options().isEmpty()) {
            add(new Paragraph(getTranslation("invoicing.new-invoice.none")));
            getFooter().add(cancel);
            return;
        }
        if (options.openPeriod() == null) {
            problem.setText(getTranslation("invoice.error.no-open-period"));
            problem.setVisible(true);
            periodsButton.setVisible(access.manageBillingPeriods());
            add(problem);
            getFooter().add(cancel, periodsButton);
            return;
        }
        String period = options.openPeriod().in(Formats.of(getLocale()));
        List<Subcontract> available = options.available();
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        add(fields);
        if (!options.taken().isEmpty()) {
            fields.add(taken(options, period, available.isEmpty()));
        }
        if (available.isEmpty()) {
            getFooter().add(cancel);
            return;
        }
        ComboBox<Subcontract> contract = new ComboBox<>(getTranslation("invoicing.new-invoice.contract"));
        contract.setItems(available);
        contract.setItemLabelGenerator(subcontract -> subcontract.number() + " " + subcontract.title());
        contract.setWidth("28em");
        contract.setMaxWidth("100%");
        contract.setHelperText(getTranslation("invoicing.new-invoice.period", period));
        contract.addClassName("new-invoice-contract");
        if (available.size() == 1) {
            contract.setValue(available.getFirst());
        }
        Button create = new Button(getTranslation("invoicing.new-invoice.create"), click -> {
            if (contract.getValue() == null) {
                contract.setInvalid(true);
                return;
            }
            try {
                SubcontractorInvoice invoice = details.createNext(access.userId(), contract.getValue().id());
                close();
                UI.getCurrent().navigate("projects/" + access.projectId() + "/invoices/" + invoice.id());
            } catch (RuleViolation violation) {
                // someone else started it a moment ago, or the period was closed meanwhile
                problem.setText(UiMessages.message(UI.getCurrent(), violation));
                problem.setVisible(true);
                periodsButton.setVisible(access.manageBillingPeriods()
                        && violation.messageKey().equals("invoice.error.no-open-period"));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-invoice-create");
        fields.addComponentAsFirst(contract);
        fields.add(problem);
        getFooter().add(cancel, periodsButton, create);
    }

    /** Each subcontract that already has its invoice of the open period, and a link to that invoice. */
    private VerticalLayout taken(NewInvoiceOptions options, String period, boolean nothingLeft) {
        Paragraph intro = new Paragraph(getTranslation(nothingLeft ? "invoicing.new-invoice.taken-all"
                : "invoicing.new-invoice.taken-some", period));
        intro.addClassName("new-invoice-taken-intro");
        UnorderedList list = new UnorderedList();
        list.addClassName("new-invoice-taken");
        for (NewInvoiceOptions.Option option : options.taken()) {
            Anchor open = new Anchor("projects/" + option.subcontract().projectId() + "/invoices/" + option.existing().id(),
                    getTranslation("invoicing.new-invoice.open", option.existingNumber()));
            ListItem item = new ListItem(new Span(getTranslation("invoicing.new-invoice.taken-item",
                    option.subcontract().number(), option.subcontract().title(), option.existingNumber())), new Span(" "),
                    open);
            list.add(item);
        }
        VerticalLayout taken = new VerticalLayout(intro, list);
        taken.setPadding(false);
        taken.setSpacing(false);
        return taken;
    }
}
