package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.LongConsumer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Owner tab: the project's owner invoices (a handful per project, so listed in full). */
class OwnerInvoicesPanel extends VerticalLayout {

    OwnerInvoicesPanel(InvoicingAccess access, InvoiceService invoices, ContractService contracts,
                       BillingPeriodService periods, LongConsumer compileAction) {
        setSizeFull();
        setPadding(false);
        Map<Long, String> contractNumbers = contracts.primeContracts(access.userId(), access.projectId()).stream()
                .collect(Collectors.toMap(PrimeContract::id, PrimeContract::number));
        Map<Long, BillingPeriod> periodsById = periods.periods(access.userId(), access.projectId()).stream()
                .collect(Collectors.toMap(BillingPeriod::id, Function.identity()));

        Grid<OwnerInvoice> grid = new Grid<>();
        grid.addClassName("owner-invoice-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(LitRenderer.<OwnerInvoice>of(
                        "<a router-link class=\"invoice-link\" href=\"${item.href}\">${item.number}</a>")
                        .withProperty("href", invoice -> "projects/" + access.projectId() + "/owner-invoices/" + invoice.id())
                        .withProperty("number", OwnerInvoice::number))
                .setHeader(getTranslation("grid.invoice-number")).setComparator(OwnerInvoice::number).setSortable(true);
        grid.addColumn(invoice -> contractNumbers.get(invoice.primeContractId()))
                .setHeader(getTranslation("owner.grid.contract"));
        grid.addColumn(invoice -> invoice.billingPeriodId() == null ? ""
                        : periodsById.get(invoice.billingPeriodId()).in(Formats.of(getLocale())))
                .setHeader(getTranslation("grid.billing-period")).setAutoWidth(true);
        grid.addColumn(invoice -> getTranslation("status." + invoice.status().name()))
                .setHeader(getTranslation("grid.status"));
        grid.addColumn(invoice -> Formats.of(getLocale()).date(invoice.billingDate()))
                .setHeader(getTranslation("grid.billing-date"));
        grid.addColumn(invoice -> Formats.of(getLocale()).money(invoice.workThisPeriod(), access.currency()))
                .setHeader(getTranslation("grid.amount-this-period")).setPartNameGenerator(invoice -> "amount");
        grid.addColumn(invoice -> Formats.of(getLocale()).money(invoice.currentPaymentDue(), access.currency()))
                .setHeader(getTranslation("grid.current-payment-due")).setPartNameGenerator(invoice -> "amount");
        grid.addColumn(OwnerInvoice::attachmentCount).setHeader(getTranslation("grid.attachments"));
        grid.setItems(invoices.ownerInvoices(access.userId(), access.projectId()));
        grid.setEmptyStateText(getTranslation("owner.grid.empty"));
        Button compile = new Button(getTranslation("invoicing.compile"),
                click -> grid.getSelectedItems().stream().findFirst().ifPresent(invoice -> compileAction.accept(invoice.id())));
        compile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compile.setEnabled(false);
        grid.addSelectionListener(selection -> compile.setEnabled(selection.getFirstSelectedItem().isPresent()));
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("owner.grid.title")), compile);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        add(header, grid);
    }
}
