package com.invoicebackups.layout;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.I18NProvider;

/** Every user changes their own password, after typing the current one. */
class ChangePasswordDialog extends EditDialog {

    ChangePasswordDialog(CompanyService companies, long userId) {
        this(companies, userId, new PasswordField(), new PasswordField(), new PasswordField());
    }

    private ChangePasswordDialog(CompanyService companies, long userId, PasswordField current, PasswordField next,
                                 PasswordField repeat) {
        super(I18NProvider.translate("password.change"), () -> {
            if (!next.getValue().equals(repeat.getValue())) {
                throw new RuleViolation("password.error.repeat");
            }
            companies.changeOwnPassword(userId, current.getValue(), next.getValue());
            Notification.show(I18NProvider.translate("password.changed"));
        }, current, next, repeat);
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule"));
        repeat.setLabel(getTranslation("password.repeat"));
        addClassName("change-password-dialog");
    }
}
