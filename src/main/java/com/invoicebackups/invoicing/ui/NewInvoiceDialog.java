package com.invoicebackups.invoicing.ui;

import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.NewInvoiceOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Starts the next invoice of a subcontract in the open billing period. It offers only the subcontracts that can
 * take one and names each that already has its invoice there, with a way to open it. Without an open period it says
 * so and offers an administrator the way to the Billing Periods tab.
 */
class NewInvoiceDialog extends StartInvoiceDialog {

    NewInvoiceDialog(InvoicingAccess access, InvoiceDetailService details, Runnable showPeriods) {
        super("invoicing.new-invoice.title", "new-invoice-dialog");
        NewInvoiceOptions options = details.newInvoiceOptions(access.userId(), access.projectId());
        Button periods = toPeriods(showPeriods);
        String period = openPeriod(!options.options().isEmpty(), "invoicing.new-invoice.none", options.openPeriod(),
                periods, access.manageBillingPeriods()).orElse(null);
        if (period == null) {
            return;
        }
        List<Subcontract> available = options.available();
        VerticalLayout fields = fields();
        if (!options.taken().isEmpty()) {
            fields.add(taken(options, period, available.isEmpty()));
        }
        if (available.isEmpty()) {
            allTaken();
            return;
        }
        ComboBox<Subcontract> contract = contracts("invoicing.new-invoice.contract", available,
                subcontract -> subcontract.number() + " " + subcontract.title(), period, "new-invoice-contract");
        Button create = create(contract, "new-invoice-create", subcontract -> "projects/" + access.projectId()
                        + "/invoices/" + details.createNext(access.userId(), subcontract.id()).id(),
                violation -> periods.setVisible(access.manageBillingPeriods()
                        && violation.messageKey().equals("invoice.error.no-open-period")));
        offer(fields, contract, periods, create);
    }

    /** Each subcontract that already has its invoice of the open period, and a link to that invoice. */
    private VerticalLayout taken(NewInvoiceOptions options, String period, boolean nothingLeft) {
        Paragraph intro = new Paragraph(getTranslation(nothingLeft ? "invoicing.new-invoice.taken-all"
                : "invoicing.new-invoice.taken-some", period));
        intro.addClassName("new-invoice-taken-intro");
        UnorderedList list = new UnorderedList();
        list.addClassName("new-invoice-taken");
        for (NewInvoiceOptions.Option option : options.taken()) {
            list.add(taken(option.subcontract().number(), option.subcontract().title(), option.existingNumber(),
                    "projects/" + option.subcontract().projectId() + "/invoices/" + option.existing().id()));
        }
        VerticalLayout taken = new VerticalLayout(intro, list);
        taken.setPadding(false);
        taken.setSpacing(false);
        return taken;
    }
}
