package com.invoicebackups.invoicing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.invoicebackups.KaribuTest;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.InvoiceSort;
import com.invoicebackups.project.ProjectService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo project has 60 subcontractor invoices on SC-1 to SC-12; SC-2 (Granite Concrete Co.) has five. */
class InvoicingViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    @Test
    void the_administrator_sees_the_projects_invoices_and_narrows_them_with_search_and_filters() {
        Grid<InvoiceRow> grid = openInvoicing("admin");
        assertThat(GridKt._size(grid)).isEqualTo(60);

        _setValue(_get(TextField.class, spec -> spec.withClasses("invoice-search")), "Granite");
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(rows(grid)).allMatch(row -> row.companyName().equals("Granite Concrete Co."));
        _setValue(_get(TextField.class, spec -> spec.withClasses("invoice-search")), "");

        ComboBox<InvoiceGridService.CompanyOption> company = comboBox("Subcontractor");
        _setValue(company, company.getListDataView().getItems()
                .filter(option -> option.name().equals("Granite Concrete Co.")).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(5);
        _setValue(company, null);

        ComboBox<BillingPeriod> period = comboBox("Billing period");
        _setValue(period, period.getListDataView().getItems().filter(p -> p.number() == 1).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(4);
        _setValue(period, null);

        ComboBox<InvoiceStatus> status = comboBox("Status");
        _setValue(status, InvoiceStatus.DRAFT);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(rows(grid)).allMatch(row -> row.status() == InvoiceStatus.DRAFT);
    }

    @Test
    void sorting_by_contract_number_is_natural() {
        Grid<InvoiceRow> grid = openInvoicing("admin");
        GridKt._sortByKey(grid, InvoiceSort.Column.CONTRACT_NUMBER.name(), SortDirection.ASCENDING);
        assertThat(contractOrder(grid)).containsExactly("SC-1", "SC-2", "SC-3", "SC-4", "SC-5", "SC-6", "SC-7",
                "SC-8", "SC-9", "SC-10", "SC-11", "SC-12");
        GridKt._sortByKey(grid, InvoiceSort.Column.CONTRACT_NUMBER.name(), SortDirection.DESCENDING);
        assertThat(GridKt._get(grid, 0).contractNumber()).isEqualTo("SC-12");
    }

    @Test
    void compile_is_enabled_only_with_a_selection() {
        Grid<InvoiceRow> grid = openInvoicing("admin");
        Button compile = _get(Button.class, spec -> spec.withText("Compile Invoice Backups"));
        assertThat(compile.isEnabled()).isFalse();

        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));
        assertThat(compile.isEnabled()).isTrue();
        compile.click();
        NotificationsKt.expectNotifications("Compiling 2 invoice(s) into one backup PDF arrives in the next release;"
                + " your selection is ready for it.");

        grid.deselectAll();
        assertThat(compile.isEnabled()).isFalse();
    }

    @Test
    void a_read_only_member_gets_no_subcontractor_tab() {
        openProject("viewer");
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsExactly("Billing Periods");
        assertThat(_find(Grid.class, spec -> spec.withClasses("invoice-grid"))).isEmpty();
    }

    @Test
    void an_invoice_contact_sees_their_own_invoices_and_no_compile_button() {
        Grid<InvoiceRow> grid = openInvoicing("sub");
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(_find(Button.class, spec -> spec.withText("Compile Invoice Backups"))).isEmpty();
    }

    @Test
    void the_specialty_contractor_reads_the_screen_in_their_own_words() {
        openInvoicing("specialty");
        assertThat(_find(Button.class, spec -> spec.withText("Compile Progress Billing Backups"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Grid<InvoiceRow> openInvoicing(String username) {
        openProject(username);
        return _get(Grid.class, spec -> spec.withClasses("invoice-grid"));
    }

    private void openProject(String username) {
        login(username);
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        UI.getCurrent().navigate("projects/" + projectId + "/invoicing");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private static List<InvoiceRow> rows(Grid<InvoiceRow> grid) {
        List<InvoiceRow> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static List<String> contractOrder(Grid<InvoiceRow> grid) {
        return List.copyOf(new LinkedHashSet<>(rows(grid).stream().map(InvoiceRow::contractNumber).toList()));
    }
}
