package com.invoicebackups.administration.ui;

import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.NewUser;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.company.UserEdit;
import com.invoicebackups.company.UserSummary;
import com.invoicebackups.layout.EditDialog;
import com.invoicebackups.layout.ScreenGate;
import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Company administrators: find, create and edit users, deactivate and reactivate them, reset their passwords or send them a new
 * set-password link, shown to the administrator when no mail is configured.
 */
@Route("admin/users")
@PermitAll
class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final long userId;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Button edit = new Button();
    private final Button activation = new Button();
    private final Button reset = new Button();
    private final Button newLink = new Button();

    private final Dictionaries dictionaries;

    UsersView(CompanyService companies, Dictionaries dictionaries, CurrentUser currentUser) {
        this.companies = companies;
        this.dictionaries = dictionaries;
        this.userId = currentUser.id();
        setSizeFull();
        Button create = new Button(getTranslation("users.new"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setText(getTranslation("users.edit"));
        edit.addClickListener(click -> selected().ifPresent(this::edit));
        activation.addClickListener(click -> selected().ifPresent(this::toggleActive));
        search.setLabel(getTranslation("users.search"));
        search.setPlaceholder(getTranslation("users.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setWidth("min(100%, 28em)");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> reload());
        reset.setText(getTranslation("users.reset"));
        reset.addClickListener(click -> selected().ifPresent(this::confirmReset));
        newLink.setText(getTranslation("users.new-link"));
        newLink.addClickListener(click -> selected().ifPresent(this::sendNewLink));

        grid.addClassName("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.column.name")).setSortable(true);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.column.username")).setSortable(true);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.column.email"));
        grid.addColumn(UserSummary::companyName).setHeader(getTranslation("users.column.company")).setSortable(true);
        grid.addColumn(user -> getTranslation(user.active() ? "users.active" : "users.inactive")
                        + (user.companyAdmin() ? " · " + getTranslation("users.admin") : ""))
                .setHeader(getTranslation("users.column.status"));
        grid.addSelectionListener(selection -> updateButtons());
        HorizontalLayout actions = new HorizontalLayout(create, edit, activation, reset, newLink);
        actions.getStyle().set("flex-wrap", "wrap");
        add(actions, search, grid);
        updateButtons();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ScreenGate.companyAdministrators(event, companies, userId)) {
            reload();
        }
    }

    private void create() {
        TextField name = new TextField(getTranslation("users.column.name"));
        TextField username = new TextField(getTranslation("users.column.username"));
        EmailField email = new EmailField(getTranslation("users.column.email"));
        ComboBox<Company> company = new ComboBox<>(getTranslation("users.column.company"));
        company.setItems(companies.administeredCompanies(userId));
        company.setItemLabelGenerator(Company::name);
        Checkbox admin = new Checkbox(getTranslation("users.admin.field"));
        RadioButtonGroup<String> how = new RadioButtonGroup<>(getTranslation("users.password.how"));
        how.setItems("link", "password");
        how.setItemLabelGenerator(value -> getTranslation("users.password." + value));
        how.setValue("link");
        PasswordField password = new PasswordField(getTranslation("users.password.initial"));
        password.setHelperText(getTranslation("password.rule"));
        password.setVisible(false);
        how.addValueChangeListener(change -> password.setVisible("password".equals(change.getValue())));
        for (TextField field : new TextField[] {name, username}) {
            field.setRequired(true);
        }
        new EditDialog(getTranslation("users.new"), () -> {
            if (company.getValue() == null) {
                throw new com.invoicebackups.shared.RuleViolation("user.error.missing");
            }
            CompanyService.LinkIssued created = companies.createUser(userId, new NewUser(username.getValue(),
                    name.getValue(), email.getValue(), company.getValue().id(),
                    "password".equals(how.getValue()) ? password.getValue() : null, admin.getValue()));
            UserSummary user = created.user();
            if (created.handOver() != null) {
                new HandOverLinkDialog(user.displayName(), created.handOver()).open();
            } else {
                Notification.show(getTranslation("password".equals(how.getValue()) ? "users.created"
                        : "users.created.link", user.displayName(), user.email()));
            }
            reload();
        }, name, username, email, company, admin, how, password).open();
    }

    private void edit(UserSummary user) {
        UserAccount account = companies.account(userId, user.id());
        TextField name = new TextField(getTranslation("users.column.name"));
        name.setValue(account.displayName());
        name.setRequired(true);
        EmailField email = new EmailField(getTranslation("users.column.email"));
        email.setValue(account.email());
        ComboBox<Company> company = new ComboBox<>(getTranslation("users.column.company"));
        List<Company> administered = companies.administeredCompanies(userId);
        company.setItems(administered);
        company.setItemLabelGenerator(Company::name);
        administered.stream().filter(one -> one.id() == account.companyId()).findFirst().ifPresent(company::setValue);
        Select<Dictionary> words = new Select<>();
        words.setLabel(getTranslation("users.column.dictionary"));
        words.setItems(dictionaries.all());
        words.setItemLabelGenerator(Dictionary::label);
        words.setValue(dictionaries.named(account.dictionary()));
        new EditDialog(getTranslation("users.edit") + " " + account.displayName(), () -> {
            if (company.getValue() == null) {
                throw new com.invoicebackups.shared.RuleViolation("user.error.missing");
            }
            UserSummary saved = companies.editUser(userId, user.id(), new UserEdit(name.getValue(), email.getValue(),
                    company.getValue().id(), words.getValue().name()));
            Notification.show(getTranslation("users.edited", saved.displayName()));
            reload();
        }, name, email, company, words).open();
    }

    private void toggleActive(UserSummary user) {
        UserSummary changed = companies.setActive(userId, user.id(), !user.active());
        Notification.show(getTranslation(changed.active() ? "users.reactivated" : "users.deactivated",
                changed.displayName()));
        reload();
    }

    private void confirmReset(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("users.reset.confirm", user.displayName()));
        confirm.setText(getTranslation("users.reset.explained", user.email()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("dialog.cancel"));
        confirm.setConfirmText(getTranslation("users.reset"));
        confirm.addConfirmListener(event -> {
            handOver(companies.resetPassword(userId, user.id()), "users.reset.done");
            reload();
        });
        confirm.open();
    }

    private void sendNewLink(UserSummary user) {
        handOver(companies.sendNewLink(userId, user.id()), "users.new-link.done");
    }

    /** The link in a dialog when no mail carried it; otherwise only that it was mailed. */
    private void handOver(CompanyService.LinkIssued issued, String mailedKey) {
        if (issued.handOver() != null) {
            new HandOverLinkDialog(issued.user().displayName(), issued.handOver()).open();
        } else {
            Notification.show(getTranslation(mailedKey, issued.user().email()));
        }
    }

    private Optional<UserSummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void reload() {
        Optional<Long> selectedId = selected().map(UserSummary::id);
        List<UserSummary> shown = companies.users(userId).stream().filter(this::matchesSearch).toList();
        grid.setItems(shown);
        selectedId.flatMap(id -> shown.stream().filter(user -> user.id() == id).findFirst()).ifPresent(grid::select);
        updateButtons();
    }

    private boolean matchesSearch(UserSummary user) {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() || java.util.stream.Stream.of(user.displayName(), user.username(), user.email(),
                user.companyName()).anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(text));
    }

    private void updateButtons() {
        Optional<UserSummary> user = selected();
        edit.setEnabled(user.isPresent());
        activation.setEnabled(user.isPresent());
        reset.setEnabled(user.isPresent());
        newLink.setEnabled(user.isPresent());
        activation.setText(getTranslation(user.map(UserSummary::active).orElse(true) ? "users.deactivate"
                : "users.reactivate"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
