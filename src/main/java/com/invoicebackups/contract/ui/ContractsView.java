package com.invoicebackups.contract.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserSummary;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.ScheduleLine;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.layout.EditDialog;
import com.invoicebackups.layout.ScreenGate;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A project's prime contract and subcontracts, each with its schedule of values. */
@Route("projects/:projectId(\\d+)/contracts")
@PermitAll
class ContractsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractService contracts;
    private final ProjectService projects;
    private final CompanyService companies;
    private final long userId;
    private final Grid<PrimeContract> primeGrid = new Grid<>();
    private final Grid<Subcontract> subcontractGrid = new Grid<>();
    private long projectId;
    private String currency;
    private String title = "";
    private Map<Long, String> companyNames = Map.of();

    ContractsView(ContractService contracts, ProjectService projects, CompanyService companies, CurrentUser currentUser) {
        this.contracts = contracts;
        this.projects = projects;
        this.companies = companies;
        this.userId = currentUser.id();
        setSizeFull();

        primeGrid.addClassName("prime-contract-grid");
        primeGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        primeGrid.setAllRowsVisible(true);
        primeGrid.addColumn(PrimeContract::number).setHeader(getTranslation("contracts.column.number"));
        primeGrid.addColumn(PrimeContract::title).setHeader(getTranslation("contracts.column.title")).setFlexGrow(2);
        primeGrid.addColumn(contract -> companyNames.get(contract.ownerCompanyId()))
                .setHeader(getTranslation("contracts.column.owner")).setFlexGrow(2);
        primeGrid.addColumn(contract -> Formats.of(getLocale()).percent(contract.retainagePercent())).setHeader(getTranslation("contracts.column.retainage"));
        primeGrid.addComponentColumn(contract -> actions(() -> editPrime(contract),
                        contract.number() + " " + contract.title(), () -> contracts.primeContractSchedule(userId, contract.id()),
                        lines -> contracts.savePrimeContractSchedule(userId, contract.id(), lines)))
                .setAutoWidth(true);

        subcontractGrid.addClassName("subcontract-grid");
        subcontractGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        subcontractGrid.addColumn(Subcontract::number).setHeader(getTranslation("contracts.column.number"));
        subcontractGrid.addColumn(Subcontract::title).setHeader(getTranslation("contracts.column.title")).setFlexGrow(2);
        subcontractGrid.addColumn(contract -> companyNames.get(contract.companyId()))
                .setHeader(getTranslation("contracts.column.company")).setFlexGrow(2);
        subcontractGrid.addColumn(contract -> getTranslation("subcontract.status." + contract.status().name()))
                .setHeader(getTranslation("contracts.column.status"));
        subcontractGrid.addColumn(contract -> contract.privateContract() ? getTranslation("contracts.private") : "")
                .setHeader(getTranslation("contracts.column.private"));
        subcontractGrid.addColumn(contract -> contract.invoiceContacts().size())
                .setHeader(getTranslation("contracts.column.contacts"));
        subcontractGrid.addComponentColumn(contract -> actions(() -> editSubcontract(contract),
                        contract.number() + " " + contract.title(), () -> contracts.subcontractSchedule(userId, contract.id()),
                        lines -> contracts.saveSubcontractSchedule(userId, contract.id(), lines)))
                .setAutoWidth(true);

        Button newPrime = new Button(getTranslation("contracts.prime.new"), click -> editPrime(null));
        Button newSubcontract = new Button(getTranslation("contracts.subcontract.new"), click -> editSubcontract(null));
        newSubcontract.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("contracts.prime.title")), newPrime, primeGrid,
                new H3(getTranslation("contracts.subcontracts.title")), newSubcontract, subcontractGrid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(0L);
        ScreenGate.read(event, () -> projects.requireSetUp(userId, projectId)).ifPresent(this::show);
    }

    private void show(Project project) {
        currency = project.currency();
        title = getTranslation("contracts.title") + " · " + project.title();
        if (getComponentAt(0) instanceof H3) {
            addComponentAsFirst(new HorizontalLayout(
                    new Anchor("projects/" + projectId + "/members", getTranslation("members.title")),
                    new Anchor("projects/" + projectId + "/invoicing", getTranslation("invoicing.title"))));
        }
        reload();
    }

    /** A contract's Edit and Schedule; the schedule is read when its dialog opens. */
    private HorizontalLayout actions(Runnable edit, String contractName, Supplier<List<SovLine>> schedule,
                                     Function<List<ScheduleLine>, List<SovLine>> save) {
        return new HorizontalLayout(
                new Button(getTranslation("contracts.edit"), click -> edit.run()),
                new Button(getTranslation("contracts.schedule"),
                        click -> new ScheduleDialog(contractName, currency, schedule.get(), save).open()));
    }

    private void reload() {
        companyNames = companies.allCompanies().stream().collect(Collectors.toMap(Company::id, Company::name));
        primeGrid.setItems(contracts.primeContractsForSetUp(userId, projectId));
        subcontractGrid.setItems(contracts.subcontractsForSetUp(userId, projectId));
    }

    private void editPrime(PrimeContract contract) {
        TextField number = new TextField(getTranslation("contracts.column.number"));
        TextField contractTitle = new TextField(getTranslation("contracts.column.title"));
        ComboBox<Company> owner = companyPicker(getTranslation("contracts.column.owner"), CompanyKind.OWNER);
        BigDecimalField retainage = new BigDecimalField(getTranslation("contracts.column.retainage"));
        retainage.setValue(BigDecimal.TEN);
        if (contract != null) {
            number.setValue(contract.number());
            contractTitle.setValue(contract.title());
            owner.setValue(companies.company(contract.ownerCompanyId()));
            retainage.setValue(contract.retainagePercent());
        }
        new EditDialog(getTranslation(contract == null ? "contracts.prime.new" : "contracts.edit"), () -> {
            PrimeContract saved = contracts.savePrimeContract(userId, projectId, contract == null ? null : contract.id(),
                    number.getValue(), contractTitle.getValue(), required(owner).id(), retainage.getValue());
            Notification.show(getTranslation("contracts.saved", saved.number()));
            reload();
        }, number, contractTitle, owner, retainage).open();
    }

    private void editSubcontract(Subcontract contract) {
        List<UserSummary> users = companies.allUsers().stream().filter(UserSummary::active).toList();
        Map<Long, UserSummary> usersById = users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        new SubcontractDialog(contract, users, usersById, companyPicker(getTranslation("contracts.column.company"),
                CompanyKind.SUBCONTRACTOR), companies, form -> {
            Subcontract saved = contracts.saveSubcontract(userId, projectId, contract == null ? null : contract.id(), form);
            Notification.show(getTranslation("contracts.saved", saved.number()));
            reload();
        }).open();
    }

    private ComboBox<Company> companyPicker(String label, CompanyKind kind) {
        ComboBox<Company> picker = new ComboBox<>(label);
        picker.setItems(companies.allCompanies().stream().filter(company -> company.kind() == kind).toList());
        picker.setItemLabelGenerator(Company::name);
        picker.setRequired(true);
        return picker;
    }

    static <T> T required(ComboBox<T> picker) {
        if (picker.getValue() == null) {
            throw new com.invoicebackups.shared.RuleViolation("contract.error.missing");
        }
        return picker.getValue();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
