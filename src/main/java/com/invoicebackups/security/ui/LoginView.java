package com.invoicebackups.security.ui;

import com.invoicebackups.security.SignInThrottled;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        SignInThrottled throttled = error ? lastThrottle() : null;
        if (throttled != null) {
            form.setI18n(i18n(getTranslation("login.throttled.title"),
                    getTranslation("login.throttled.message", throttled.seconds())));
        }
        form.setError(error);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    /** The refusal Spring Security kept in the session when the last sign-in was throttled. */
    private static SignInThrottled lastThrottle() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        for (Throwable cause = last instanceof Throwable error ? error : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof SignInThrottled throttled) {
                return throttled;
            }
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
