package com.invoicebackups.layout;

import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.terminology.Dictionaries;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Per session: one error handler that turns rule violations into clear messages in the user's words.
 * Per UI: the signed-in user's dictionary and number and date formats (their choice, else their browser's) become
 * the UI's locale, so every getTranslation and every formatted amount and date uses them.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

    private final CurrentUser currentUser;
    private final Dictionaries dictionaries;

    UiSetup(CurrentUser currentUser, Dictionaries dictionaries) {
        this.currentUser = currentUser;
        this.dictionaries = dictionaries;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiSetup::showError));
        event.getSource().addUIInitListener(init -> applyDictionary(init.getUI()));
        // the first screen is built while the page itself is served, so that the page answers with that screen's
        // status: an address that leads nowhere is a 404, not a 200 whose page says so
        event.getSource().setBootstrapInitialPredicate(request -> true);
    }

    private void applyDictionary(UI ui) {
        Locale browser = ui.getSession().getBrowser().getLocale();
        currentUser.find()
                .map(user -> dictionaries.named(user.dictionary()).locale(user.formatLocale() != null
                        ? Locale.forLanguageTag(user.formatLocale()) : browser == null ? Locale.US : browser))
                .ifPresent(locale -> {
                    ui.getSession().setLocale(locale);
                    ui.setLocale(locale);
                });
    }

    static void showError(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside a UI", event.getThrowable());
            return;
        }
        String message = UiMessages.message(ui, event.getThrowable());
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

}
