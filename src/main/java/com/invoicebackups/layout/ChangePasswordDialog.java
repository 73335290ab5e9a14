package com.invoicebackups.layout;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.security.SignedInSessions;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.I18NProvider;

/** Every user changes their own password, after typing the current one; their other sessions end. */
class ChangePasswordDialog extends EditDialog {

    ChangePasswordDialog(CompanyService companies, SignedInSessions sessions, UserAccount user) {
        this(companies, sessions, user, new PasswordField(), new PasswordField(), new PasswordField());
    }

    private ChangePasswordDialog(CompanyService companies, SignedInSessions sessions, UserAccount user,
                                 PasswordField current, PasswordField next, PasswordField repeat) {
        super(I18NProvider.translate("password.change"), () -> {
            if (!next.getValue().equals(repeat.getValue())) {
                throw new RuleViolation("password.error.repeat");
            }
            companies.changeOwnPassword(user.id(), current.getValue(), next.getValue());
            sessions.keepCurrentSession(user.username());
            Notification.show(I18NProvider.translate("password.changed"));
        }, current, next, repeat);
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule"));
        repeat.setLabel(getTranslation("password.repeat"));
        addClassName("change-password-dialog");
    }
}
