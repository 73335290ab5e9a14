package com.invoicebackups.administration.ui;

import com.invoicebackups.backup.CompanySeals;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.layout.EditDialog;
import com.invoicebackups.layout.ScreenGate;
import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Company administrators: the general contractor, owners and subcontractors, with each one's default words. */
@Route("admin/companies")
@PermitAll
class CompaniesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final Dictionaries dictionaries;
    private final long userId;
    private final Grid<Company> grid = new Grid<>();

    CompaniesView(CompanyService companies, Dictionaries dictionaries, CompanySeals seals, CurrentUser currentUser) {
        this.companies = companies;
        this.dictionaries = dictionaries;
        this.userId = currentUser.id();
        setSizeFull();
        Button create = new Button(getTranslation("companies.new"), click -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addClassName("company-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Company::name).setHeader(getTranslation("companies.column.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(company -> getTranslation("company.kind." + company.kind().name()))
                .setHeader(getTranslation("companies.column.kind")).setSortable(true);
        grid.addColumn(Company::address).setHeader(getTranslation("companies.column.address")).setFlexGrow(2);
        grid.addColumn(company -> dictionaries.named(company.dictionary()).label())
                .setHeader(getTranslation("companies.column.dictionary"));
        // read once per row shown; the keystore file is the operator's to place, so the screen names it
        grid.addColumn(company -> company.kind() != CompanyKind.GENERAL_CONTRACTOR ? ""
                        : seals.of(company.id()).map(seal -> getTranslation("companies.seal.present", seal.signer()))
                        .orElseGet(() -> getTranslation("companies.seal.absent", seals.keystoreName(company.id()))))
                .setHeader(getTranslation("companies.column.seal")).setFlexGrow(2);
        // the status, and for the operator the button that changes it, in one column that wraps in a narrow window
        boolean operator = companies.isOperator(userId);
        long own = currentUser.require().companyId();
        Grid.Column<Company> status = grid.addComponentColumn(company -> {
            Div cell = new Div(new Span(getTranslation(company.active() ? "companies.active" : "companies.inactive")));
            if (operator && company.id() != own) {
                Button toggle = new Button(getTranslation(company.active() ? "companies.deactivate" : "companies.reactivate"),
                        click -> toggleActive(company));
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                toggle.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                cell.add(toggle);
            }
            return cell;
        }).setHeader(getTranslation("companies.column.status")).setFlexGrow(2);
        grid.addItemClickListener(click -> {
            if (!operator || click.getColumn() != status) {
                edit(click.getItem());
            }
        });
        // companies are the operator's to create and deactivate; a company administrator edits their own
        create.setVisible(operator);
        add(create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ScreenGate.companyAdministrators(event, companies, userId)) {
            grid.setItems(companies.administeredCompanies(userId));
        }
    }

    private void toggleActive(Company company) {
        Company changed = companies.setCompanyActive(userId, company.id(), !company.active());
        Notification.show(getTranslation(changed.active() ? "companies.reactivated" : "companies.deactivated",
                changed.name()));
        grid.setItems(companies.administeredCompanies(userId));
    }

    private void edit(Company company) {
        TextField name = new TextField(getTranslation("companies.column.name"));
        name.setRequired(true);
        Select<CompanyKind> kind = new Select<>();
        kind.setLabel(getTranslation("companies.column.kind"));
        kind.setItems(CompanyKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("company.kind." + value.name()));
        TextField address = new TextField(getTranslation("companies.column.address"));
        Select<Dictionary> dictionary = new Select<>();
        dictionary.setLabel(getTranslation("companies.column.dictionary"));
        dictionary.setItems(dictionaries.all());
        dictionary.setItemLabelGenerator(Dictionary::label);
        if (company != null) {
            name.setValue(company.name());
            kind.setValue(company.kind());
            address.setValue(company.address() == null ? "" : company.address());
            dictionary.setValue(dictionaries.named(company.dictionary()));
        } else {
            kind.setValue(CompanyKind.SUBCONTRACTOR);
            dictionary.setValue(dictionaries.named("gc"));
        }
        new EditDialog(getTranslation(company == null ? "companies.new" : "companies.edit"), () -> {
            Company saved = companies.saveCompany(userId, company == null ? null : company.id(), name.getValue(),
                    kind.getValue(), address.getValue(), dictionary.getValue() == null ? null : dictionary.getValue().name());
            Notification.show(getTranslation("companies.saved", saved.name()));
            grid.setItems(companies.administeredCompanies(userId));
        }, name, kind, address, dictionary).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("companies.title");
    }
}
