package com.invoicebackups.invoicing.ui;

import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.layout.UiMessages;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Starts the next invoice of a subcontract in the open billing period. Without an open period it says so
 * and offers an administrator the way to the Billing Periods tab.
 */
class NewInvoiceDialog extends Dialog {

    NewInvoiceDialog(InvoicingAccess access, InvoiceDetailService details, Runnable showPeriods) {
        setHeaderTitle(getTranslation("invoicing.new-invoice.title"));
        addClassName("new-invoice-dialog");
        List<Subcontract> subcontracts = details.subcontractsForNewInvoices(access.userId(), access.projectId());
        Button cancel = new Button(getTranslation("invoice.actions.cancel"), click -> close());
        if (subcontracts.isEmpty()) {
            add(new Paragraph(getTranslation("invoicing.new-invoice.none")));
            getFooter().add(cancel);
            return;
        }
        ComboBox<Subcontract> contract = new ComboBox<>(getTranslation("invoicing.new-invoice.contract"));
        contract.setItems(subcontracts);
        contract.setItemLabelGenerator(subcontract -> subcontract.number() + " " + subcontract.title());
        contract.setWidth("28em");
        contract.addClassName("new-invoice-contract");
        if (subcontracts.size() == 1) {
            contract.setValue(subcontracts.getFirst());
        }
        Paragraph problem = new Paragraph();
        problem.addClassName("new-invoice-problem");
        problem.setVisible(false);
        Button periodsButton = new Button(getTranslation("compile.go-to-periods"), click -> {
            close();
            showPeriods.run();
        });
        periodsButton.setVisible(false);
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
                problem.setText(UiMessages.message(UI.getCurrent(), violation));
                problem.setVisible(true);
                periodsButton.setVisible(access.manageBillingPeriods()
                        && violation.messageKey().equals("invoice.error.no-open-period"));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-invoice-create");
        VerticalLayout fields = new VerticalLayout(contract, problem);
        fields.setPadding(false);
        add(fields);
        getFooter().add(cancel, periodsButton, create);
    }
}
