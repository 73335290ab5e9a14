package com.invoicebackups.invoicing.ui;

import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.NewOwnerInvoices;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Starts the next owner invoice of a prime contract in the open billing period: only the prime contracts that can
 * take one are offered, and each that has its owner invoice there already is named with a link to it.
 */
class NewOwnerInvoiceDialog extends StartInvoiceDialog {

    NewOwnerInvoiceDialog(InvoicingAccess access, NewOwnerInvoices ownerInvoices, Runnable showPeriods) {
        super("owner.new-invoice.title", "new-owner-invoice-dialog");
        NewOwnerInvoices.Options options = ownerInvoices.options(access.userId(), access.projectId());
        String period = openPeriod(!options.options().isEmpty(), "owner.new-invoice.none", options.openPeriod(),
                toPeriods(showPeriods), access.manageBillingPeriods()).orElse(null);
        if (period == null) {
            return;
        }
        List<PrimeContract> available = options.available();
        VerticalLayout fields = fields();
        UnorderedList taken = new UnorderedList();
        taken.addClassName("new-owner-invoice-taken");
        options.options().stream().filter(option -> option.existing() != null).forEach(option -> taken.add(taken(
                option.primeContract().number(), option.primeContract().title(), option.existingNumber(),
                "projects/" + access.projectId() + "/owner-invoices/" + option.existing().id())));
        if (taken.getChildren().findAny().isPresent()) {
            fields.add(new Paragraph(getTranslation(available.isEmpty() ? "owner.new-invoice.taken-all"
                    : "owner.new-invoice.taken-some", period)), taken);
        }
        if (available.isEmpty()) {
            allTaken();
            return;
        }
        ComboBox<PrimeContract> contract = contracts("owner.grid.contract", available,
                prime -> prime.number() + " " + prime.title(), period, "new-owner-invoice-contract");
        offer(fields, contract, create(contract, "new-owner-invoice-create", prime -> "projects/" + access.projectId()
                + "/owner-invoices/" + ownerInvoices.createNext(access.userId(), prime.id()).id(), violation -> { }));
    }
}
