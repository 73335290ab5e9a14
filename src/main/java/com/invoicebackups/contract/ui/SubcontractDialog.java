package com.invoicebackups.contract.ui;

import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserSummary;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractForm;
import com.invoicebackups.contract.SubcontractStatus;
import com.invoicebackups.layout.EditDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A subcontract's terms, its private flag and private list, and its invoice contacts. */
class SubcontractDialog extends EditDialog {

    SubcontractDialog(Subcontract contract, List<UserSummary> users, Map<Long, UserSummary> usersById,
                      ComboBox<Company> company, CompanyService companies, Consumer<SubcontractForm> save) {
        this(contract, users, usersById, company, companies, save, new Fields());
    }

    private record Fields(TextField number, TextField title, Select<SubcontractStatus> status,
                          BigDecimalField retainage, Checkbox privateContract, MultiSelectComboBox<UserSummary> privateList,
                          MultiSelectComboBox<UserSummary> contacts, Checkbox prevailingWage) {
        Fields() {
            this(new TextField(), new TextField(), new Select<>(), new BigDecimalField(), new Checkbox(),
                    new MultiSelectComboBox<>(), new MultiSelectComboBox<>(), new Checkbox());
        }
    }

    private SubcontractDialog(Subcontract contract, List<UserSummary> users, Map<Long, UserSummary> usersById,
                              ComboBox<Company> company, CompanyService companies, Consumer<SubcontractForm> save,
                              Fields fields) {
        super(I18NProvider.translate(contract == null ? "contracts.subcontract.new" : "contracts.edit"),
                () -> save.accept(new SubcontractForm(fields.number().getValue(), fields.title().getValue(),
                        ContractsView.required(company).id(), fields.status().getValue(), fields.retainage().getValue(),
                        fields.privateContract().getValue(), ids(fields.privateList().getValue()),
                        ids(fields.contacts().getValue()), fields.prevailingWage().getValue())),
                fields.number(), fields.title(), company, fields.status(), fields.retainage(), fields.prevailingWage(),
                fields.contacts(), fields.privateContract(), fields.privateList());
        addClassName("subcontract-dialog");
        fields.number().setLabel(getTranslation("contracts.column.number"));
        fields.title().setLabel(getTranslation("contracts.column.title"));
        fields.status().setLabel(getTranslation("contracts.column.status"));
        fields.status().setItems(SubcontractStatus.values());
        fields.status().setItemLabelGenerator(value -> getTranslation("subcontract.status." + value.name()));
        fields.retainage().setLabel(getTranslation("contracts.column.retainage"));
        fields.privateContract().setLabel(getTranslation("contracts.private.field"));
        fields.prevailingWage().setLabel(getTranslation("contracts.prevailing-wage"));
        fields.privateList().setLabel(getTranslation("contracts.private.list"));
        fields.contacts().setLabel(getTranslation("contracts.contacts"));
        fields.contacts().setHelperText(getTranslation("contracts.contacts.help"));
        for (MultiSelectComboBox<UserSummary> people : List.of(fields.privateList(), fields.contacts())) {
            people.setItems(users);
            people.setItemLabelGenerator(user -> user.displayName() + " · " + user.companyName());
        }
        fields.privateList().setEnabled(false);
        fields.privateContract().addValueChangeListener(change -> fields.privateList().setEnabled(change.getValue()));
        if (contract == null) {
            fields.status().setValue(SubcontractStatus.APPROVED);
            fields.retainage().setValue(BigDecimal.TEN);
        } else {
            fields.number().setValue(contract.number());
            fields.title().setValue(contract.title());
            company.setValue(companies.company(contract.companyId()));
            fields.status().setValue(contract.status());
            fields.retainage().setValue(contract.retainagePercent());
            fields.privateContract().setValue(contract.privateContract());
            fields.prevailingWage().setValue(contract.prevailingWage());
            fields.privateList().setValue(people(contract.privateList(), usersById));
            fields.contacts().setValue(people(contract.invoiceContacts(), usersById));
        }
    }

    private static Set<UserSummary> people(Set<Long> ids, Map<Long, UserSummary> usersById) {
        return ids.stream().map(usersById::get).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<UserSummary> users) {
        return users.stream().map(UserSummary::id).collect(Collectors.toSet());
    }
}
