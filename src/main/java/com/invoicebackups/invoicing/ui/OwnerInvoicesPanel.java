package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.invoicing.InvoiceSort;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.NewOwnerInvoices;
import com.invoicebackups.invoicing.OwnerInvoiceFilter;
import com.invoicebackups.invoicing.OwnerInvoiceGridService;
import com.invoicebackups.invoicing.OwnerInvoiceRow;
import com.invoicebackups.invoicing.OwnerInvoiceStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Owner tab: the project's owner invoices, lazily from the database, searchable, filterable, sortable,
 * multi-select; compiling makes one owner backup per selected owner invoice.
 */
class OwnerInvoicesPanel extends VerticalLayout {

    private final InvoicingAccess access;
    private final OwnerInvoiceGridService gridService;
    private final TextField search = new TextField();
    private final ComboBox<BillingPeriod> period = new ComboBox<>();
    private final ComboBox<OwnerInvoiceStatus> status = new ComboBox<>();
    private final Grid<OwnerInvoiceRow> grid = new Grid<>();

    OwnerInvoicesPanel(InvoicingAccess access, OwnerInvoiceGridService gridService, BillingPeriodService periods,
                       NewOwnerInvoices newInvoices, Runnable showPeriods, Consumer<List<Long>> compileAction) {
        this.access = access;
        this.gridService = gridService;
        setSizeFull();
        setPadding(false);

        InvoiceGrids.search(search, getTranslation("owner.search"), "owner-invoice-search");
        InvoiceGrids.periodFilter(period, periods.periods(access.userId(), access.projectId()),
                Formats.of(getLocale()));
        InvoiceGrids.statusFilter(status, OwnerInvoiceStatus.values());

        Span selectedCount = new Span();
        Button selectAllMatching = new Button(getTranslation("invoicing.select-all-matching"),
                click -> grid.asMultiSelect().setValue(new LinkedHashSet<>(
                        gridService.page(access.userId(), access.projectId(), filter(), List.of(), 0, Integer.MAX_VALUE))));
        selectAllMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button compile = new Button(getTranslation("invoicing.compile"), click -> compileAction.accept(
                grid.getSelectedItems().stream().map(OwnerInvoiceRow::id).toList()));
        compile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compile.setEnabled(false);
        compile.setTooltipText(getTranslation("invoicing.compile.disabled-hint"));

        Button newInvoice = new Button(getTranslation("owner.new-invoice"), VaadinIcon.PLUS.create(),
                click -> new NewOwnerInvoiceDialog(access, newInvoices, showPeriods).open());
        newInvoice.addClassName("new-owner-invoice");
        newInvoice.setVisible(access.makeOwnerInvoices());
        // the owner's side receives owner backups from the contractor (delivered packages) and compiles none
        compile.setVisible(access.makeOwnerInvoices());
        selectAllMatching.setVisible(access.makeOwnerInvoices());
        HorizontalLayout toolbar = InvoiceGrids.toolbar(selectedCount, search, period, status, selectedCount,
                selectAllMatching, newInvoice, compile);

        configureGrid();
        grid.addSelectionListener(selection -> {
            int selected = selection.getAllSelectedItems().size();
            selectedCount.setText(selected == 0 ? "" : getTranslation("invoicing.selected", selected));
            compile.setEnabled(selected > 0);
        });
        grid.setItems(
                query -> gridService.page(access.userId(), access.projectId(), filter(),
                        InvoiceGrids.sorts(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> gridService.count(access.userId(), access.projectId(), filter()));
        restore();
        showEmptyState();
        grid.addSelectionListener(selection -> remember());
        InvoiceGrids.refreshOn(this::refresh, search, period, status);
        add(toolbar, grid);
    }

    /** Puts back the search, filters and selection this session last left on the project's Owner tab. */
    private void restore() {
        GridMemory.State state = GridMemory.recall(GridMemory.Tab.OWNER, access.projectId());
        search.setValue(state.search());
        InvoiceGrids.choose(period, BillingPeriod::id, state.periodId());
        status.setValue(state.status() == null ? null : OwnerInvoiceStatus.valueOf(state.status()));
        gridService.rows(access.userId(), access.projectId(), state.selectedIds()).forEach(grid::select);
    }

    private void remember() {
        GridMemory.remember(GridMemory.Tab.OWNER, access.projectId(), new GridMemory.State(search.getValue(), null,
                period.getValue() == null ? null : period.getValue().id(),
                status.getValue() == null ? null : status.getValue().name(),
                grid.getSelectedItems().stream().map(OwnerInvoiceRow::id).toList()));
    }

    private void refresh() {
        remember();
        showEmptyState();
        grid.getDataProvider().refreshAll();
    }

    /** An empty grid says why: no owner invoices yet, or a search or filter hides them. */
    private void showEmptyState() {
        boolean filtered = !search.getValue().isBlank() || period.getValue() != null || status.getValue() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "owner.grid.empty.filtered" : "owner.grid.empty"));
    }

    private void configureGrid() {
        Formats formats = Formats.of(getLocale());
        InvoiceGrids.configure(grid, "owner-invoice-grid");
        InvoiceGrids.numberLink(grid, row -> "projects/" + access.projectId() + "/owner-invoices/" + row.id(),
                OwnerInvoiceRow::number);
        column(OwnerInvoiceRow::contractNumber, "owner.grid.contract", InvoiceSort.Column.CONTRACT_NUMBER);
        column(row -> InvoiceGrids.period(formats, row.periodNumber(), row.periodStart()), "grid.billing-period",
                InvoiceSort.Column.BILLING_PERIOD);
        column(row -> getTranslation("status." + row.status().name()), "grid.status", InvoiceSort.Column.STATUS);
        column(row -> formats.date(row.billingDate()), "grid.billing-date", InvoiceSort.Column.BILLING_DATE);
        column(row -> formats.money(row.workThisPeriod(), access.currency()), "grid.amount-this-period", InvoiceSort.Column.AMOUNT_THIS_PERIOD)
                .setPartNameGenerator(row -> "amount");
        column(row -> formats.money(row.currentPaymentDue(), access.currency()), "grid.current-payment-due",
                InvoiceSort.Column.CURRENT_PAYMENT_DUE).setPartNameGenerator(row -> "amount");
        column(row -> String.valueOf(row.attachmentCount()), "grid.attachments", InvoiceSort.Column.ATTACHMENTS);
    }

    private Grid.Column<OwnerInvoiceRow> column(ValueProvider<OwnerInvoiceRow, String> value, String headerKey,
                                                InvoiceSort.Column sort) {
        return InvoiceGrids.column(grid, value, headerKey, sort);
    }

    private OwnerInvoiceFilter filter() {
        return new OwnerInvoiceFilter(search.getValue(), period.getValue() == null ? null : period.getValue().id(),
                status.getValue());
    }
}
