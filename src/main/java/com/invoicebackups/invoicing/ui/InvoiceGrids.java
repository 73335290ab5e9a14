package com.invoicebackups.invoicing.ui;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.invoicing.InvoiceSort;
import com.invoicebackups.shared.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** What the Subcontractor and Owner tabs' grids have in common: search, filters, toolbar, sortable columns. */
final class InvoiceGrids {

    private InvoiceGrids() {
    }

    static void search(TextField search, String placeholder, String className) {
        search.setPlaceholder(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20em");
        search.addClassName(className);
    }

    /** The project's billing periods, latest first. */
    static void periodFilter(ComboBox<BillingPeriod> period, List<BillingPeriod> periods, Formats formats) {
        period.setLabel(period.getTranslation("invoicing.filter.period"));
        period.setItems(periods.reversed());
        period.setItemLabelGenerator(item -> item.in(formats));
        period.setClearButtonVisible(true);
        period.setWidth("20em");
    }

    /** The status filter: any of the statuses, in the user's words. */
    static <S extends Enum<S>> void statusFilter(ComboBox<S> status, S[] values) {
        status.setLabel(status.getTranslation("invoicing.filter.status"));
        status.setItems(values);
        status.setItemLabelGenerator(value -> status.getTranslation("status." + value.name()));
        status.setClearButtonVisible(true);
    }

    /** The search, filters and buttons above a grid, {@code expanding} taking the room left. */
    static HorizontalLayout toolbar(Component expanding, Component... parts) {
        HorizontalLayout toolbar = new HorizontalLayout(parts);
        toolbar.addClassName("invoice-toolbar");
        toolbar.setWidthFull();
        toolbar.expand(expanding);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return toolbar;
    }

    /** Runs {@code refresh} whenever the search or a filter changes. */
    static void refreshOn(Runnable refresh, HasValue<?, ?>... searchAndFilters) {
        for (HasValue<?, ?> field : searchAndFilters) {
            field.addValueChangeListener(change -> refresh.run());
        }
    }

    /** Chooses the option with this id, if there is one; none for null. */
    static <T> void choose(ComboBox<T> box, Function<T, Long> id, Long chosen) {
        box.getListDataView().getItems().filter(option -> id.apply(option).equals(chosen)).findFirst()
                .ifPresent(box::setValue);
    }

    /** A multi-select grid whose columns sort in the database, several at a time. */
    static <T> void configure(Grid<T> grid, String className) {
        grid.addClassName(className);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setMultiSort(true);
    }

    /** The invoice number as a link to the invoice screen. */
    static <T> Grid.Column<T> numberLink(Grid<T> grid, ValueProvider<T, String> href, ValueProvider<T, String> number) {
        return configure(grid.addColumn(LitRenderer.<T>of(
                        "<a router-link class=\"invoice-link\" href=\"${item.href}\">${item.number}</a>")
                .withProperty("href", href)
                .withProperty("number", number)), "grid.invoice-number", InvoiceSort.Column.INVOICE_NUMBER);
    }

    static <T> Grid.Column<T> column(Grid<T> grid, ValueProvider<T, String> value, String headerKey,
                                     InvoiceSort.Column sort) {
        return configure(grid.addColumn(value), headerKey, sort);
    }

    private static <T> Grid.Column<T> configure(Grid.Column<T> column, String headerKey, InvoiceSort.Column sort) {
        return column.setHeader(column.getGrid().getTranslation(headerKey))
                .setKey(sort.name())
                .setSortable(true)
                .setSortProperty(sort.name())
                .setAutoWidth(true)
                .setResizable(true);
    }

    static List<InvoiceSort> sorts(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new InvoiceSort(InvoiceSort.Column.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    /** "#3 3/1/2026" in US formats, or empty without a period. */
    static String period(Formats formats, Integer number, LocalDate start) {
        return number == null ? "" : "#" + number + " " + formats.date(start);
    }
}
