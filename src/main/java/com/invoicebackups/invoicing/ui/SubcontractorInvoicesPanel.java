package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.invoicing.InvoiceSort;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.function.Consumer;

/** The Subcontractor tab: the project's invoices, lazily from the database, searchable, filterable, multi-select. */
class SubcontractorInvoicesPanel extends VerticalLayout {

    private final InvoicingAccess access;
    private final TextField search = new TextField();
    private final ComboBox<InvoiceGridService.CompanyOption> company = new ComboBox<>();
    private final ComboBox<BillingPeriod> period = new ComboBox<>();
    private final ComboBox<InvoiceStatus> status = new ComboBox<>();
    private final Grid<InvoiceRow> grid = new Grid<>();
    private final Button compile = new Button();
    private final Button bulkStatus = new Button();
    private final Span selectedCount = new Span();
    private final Button selectAllMatching = new Button();
    private final InvoiceGridService gridService;
    /** Set when the user chose every invoice matching the filter; those are fetched as ids only. */
    private List<Long> allMatching;

    SubcontractorInvoicesPanel(InvoicingAccess access, InvoiceGridService gridService, BillingPeriodService periods,
                               InvoiceDetailService details, InvoiceReviewService reviews, Runnable showPeriods,
                               Consumer<List<Long>> compileAction) {
        this.access = access;
        this.gridService = gridService;
        setSizeFull();
        setPadding(false);

        InvoiceGrids.search(search, getTranslation("invoicing.search"), "invoice-search");
        company.setLabel(getTranslation("invoicing.filter.company"));
        company.setItems(gridService.companyOptions(access.userId(), access.projectId()));
        company.setItemLabelGenerator(InvoiceGridService.CompanyOption::name);
        company.setClearButtonVisible(true);
        InvoiceGrids.periodFilter(period, periods.periods(access.userId(), access.projectId()),
                Formats.of(getLocale()));
        InvoiceGrids.statusFilter(status, InvoiceStatus.values());

        compile.setText(getTranslation("invoicing.compile"));
        compile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compile.setEnabled(false);
        compile.setVisible(access.compileSubcontractorBackups());
        compile.setTooltipText(getTranslation("invoicing.compile.disabled-hint"));
        compile.addClickListener(click -> compileAction.accept(selectedIds()));
        selectAllMatching.setText(getTranslation("invoicing.select-all-matching"));
        selectAllMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAllMatching.setVisible(access.compileSubcontractorBackups());
        selectAllMatching.addClickListener(click -> {
            List<Long> ids = gridService.ids(access.userId(), access.projectId(), filter());
            grid.deselectAll();
            allMatching = ids;
            showSelection(ids.size(), true);
        });

        Button newInvoice = new Button(getTranslation("invoicing.new-invoice"), VaadinIcon.PLUS.create(),
                click -> new NewInvoiceDialog(access, details, showPeriods).open());
        newInvoice.addClassName("new-invoice");
        bulkStatus.setText(getTranslation("invoicing.bulk-status"));
        bulkStatus.addClassName("bulk-status");
        bulkStatus.setVisible(access.commitmentsAdmin());
        bulkStatus.setEnabled(false);
        bulkStatus.addClickListener(click -> new BulkStatusDialog(access, reviews, selectedIds(), () -> {
            grid.getDataProvider().refreshAll();
        }).open());

        HorizontalLayout toolbar = InvoiceGrids.toolbar(selectedCount, search, company, period, status, selectedCount,
                selectAllMatching, newInvoice, bulkStatus, compile);

        configureGrid();
        grid.setItems(
                query -> gridService.page(access.userId(), access.projectId(), filter(),
                        InvoiceGrids.sorts(query.getSortOrders()),
                        query.getOffset(), query.getLimit()).stream(),
                query -> gridService.count(access.userId(), access.projectId(), filter()));

        restore();
        showEmptyState();
        InvoiceGrids.refreshOn(this::refresh, search, company, period, status);
        add(toolbar, grid);
    }

    private List<Long> selectedIds() {
        return allMatching != null ? allMatching : grid.getSelectedItems().stream().map(InvoiceRow::id).toList();
    }

    /** Puts back the search, filters and selection this session last left on the project's grid. */
    private void restore() {
        GridMemory.State state = GridMemory.recall(GridMemory.Tab.SUBCONTRACTOR, access.projectId());
        search.setValue(state.search());
        InvoiceGrids.choose(company, InvoiceGridService.CompanyOption::id, state.companyId());
        InvoiceGrids.choose(period, BillingPeriod::id, state.periodId());
        status.setValue(state.status() == null ? null : InvoiceStatus.valueOf(state.status()));
        gridService.rows(access.userId(), access.projectId(), state.selectedIds()).forEach(grid::select);
    }

    private void remember() {
        GridMemory.remember(GridMemory.Tab.SUBCONTRACTOR, access.projectId(), new GridMemory.State(search.getValue(),
                company.getValue() == null ? null : company.getValue().id(),
                period.getValue() == null ? null : period.getValue().id(),
                status.getValue() == null ? null : status.getValue().name(),
                grid.getSelectedItems().stream().map(InvoiceRow::id).toList()));
    }

    private void configureGrid() {
        Formats formats = Formats.of(getLocale());
        InvoiceGrids.configure(grid, "invoice-grid");
        InvoiceGrids.numberLink(grid, row -> "projects/" + access.projectId() + "/invoices/" + row.id(), InvoiceRow::number);
        column(InvoiceRow::contractNumber, "grid.contract-number", InvoiceSort.Column.CONTRACT_NUMBER);
        // a fixed width: measured from short names, the one-word heading and its sorter would not fit
        column(InvoiceRow::companyName, "grid.company", InvoiceSort.Column.COMPANY).setAutoWidth(false)
                .setWidth("11em").setFlexGrow(2);
        column(row -> InvoiceGrids.period(formats, row.periodNumber(), row.periodStart()),
                "grid.billing-period", InvoiceSort.Column.BILLING_PERIOD);
        column(row -> getTranslation("status." + row.status().name()), "grid.status", InvoiceSort.Column.STATUS);
        column(row -> formats.date(row.billingDate()), "grid.billing-date", InvoiceSort.Column.BILLING_DATE);
        column(row -> formats.money(row.amountThisPeriod(), access.currency()), "grid.amount-this-period", InvoiceSort.Column.AMOUNT_THIS_PERIOD)
                .setPartNameGenerator(row -> "amount");
        column(row -> formats.money(row.currentPaymentDue(), access.currency()), "grid.current-payment-due", InvoiceSort.Column.CURRENT_PAYMENT_DUE)
                .setPartNameGenerator(row -> "amount");
        column(row -> String.valueOf(row.attachmentCount()), "grid.attachments", InvoiceSort.Column.ATTACHMENTS);
        column(row -> getTranslation("signature." + row.signatureStatus().name()), "grid.signature",
                InvoiceSort.Column.SIGNATURE);
        grid.addSelectionListener(selection -> {
            if (selection.isFromClient() || !selection.getAllSelectedItems().isEmpty()) {
                allMatching = null;
            }
            if (allMatching == null) {
                showSelection(selection.getAllSelectedItems().size(), false);
            }
            remember();
        });
    }

    private Grid.Column<InvoiceRow> column(ValueProvider<InvoiceRow, String> value, String headerKey,
                                           InvoiceSort.Column sort) {
        return InvoiceGrids.column(grid, value, headerKey, sort);
    }

    private InvoiceFilter filter() {
        return new InvoiceFilter(search.getValue(),
                company.getValue() == null ? null : company.getValue().id(),
                period.getValue() == null ? null : period.getValue().id(),
                status.getValue());
    }

    private void showSelection(int selected, boolean matching) {
        selectedCount.setText(selected == 0 ? "" : getTranslation(matching ? "invoicing.selected-matching"
                : "invoicing.selected", selected));
        compile.setEnabled(selected > 0 && access.compileSubcontractorBackups());
        bulkStatus.setEnabled(selected > 0);
    }

    private void refresh() {
        remember();
        if (allMatching != null) {
            allMatching = null;
            showSelection(0, false);
        }
        showEmptyState();
        grid.getDataProvider().refreshAll();
    }

    /** An empty grid says why: no invoices yet, or a search or filter hides them. */
    private void showEmptyState() {
        boolean filtered = !search.getValue().isBlank() || company.getValue() != null || period.getValue() != null
                || status.getValue() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "invoicing.empty.filtered" : "invoicing.empty"));
    }
}
