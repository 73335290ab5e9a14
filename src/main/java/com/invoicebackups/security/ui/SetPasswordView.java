package com.invoicebackups.security.ui;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page a set-password link opens: a new user's first password, or a new one after a reset. */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;

    SetPasswordView(CompanyService companies) {
        this.companies = companies;
        addClassName("set-password-view");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("app.name")));
        String token = event.getRouteParameters().get("token").orElse(null);
        if (!companies.passwordLinkValid(token)) {
            add(new Paragraph(getTranslation("password.error.link")), new Anchor("login", getTranslation("login.title")));
            return;
        }
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        Paragraph problem = new Paragraph();
        problem.addClassName("problem");
        Button save = new Button(getTranslation("password.set"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (!password.getValue().equals(repeat.getValue())) {
                    throw new RuleViolation("password.error.repeat");
                }
                String username = companies.setPasswordWithLink(token, password.getValue());
                removeAll();
                add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("password.set.done", username)),
                        new Anchor("login", getTranslation("login.title")));
            } catch (RuleViolation refused) {
                problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        add(new Paragraph(getTranslation("password.set.intro")), password, repeat, problem, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.set") + " | " + getTranslation("app.name");
    }
}
