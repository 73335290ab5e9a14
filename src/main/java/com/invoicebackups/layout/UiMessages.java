package com.invoicebackups.layout;

import com.invoicebackups.shared.IncidentId;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.StoreUnavailable;
import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** What a user reads when something is refused or fails: the rule in their words, never a stack trace. */
public final class UiMessages {

    private static final Logger LOG = LoggerFactory.getLogger(UiMessages.class);

    private UiMessages() {
    }

    public static String message(UI ui, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return ui.getTranslation(violation.messageKey(), violation.arguments());
            }
            if (cause instanceof AccessDeniedException) {
                return ui.getTranslation("error.access-denied");
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                return ui.getTranslation("error.stale");
            }
            if (cause instanceof StoreUnavailable outage) {
                LOG.warn("Document store unavailable: {}", outage.getMessage());
                return ui.getTranslation("error.storage-unavailable");
            }
        }
        String incident = IncidentId.next();
        LOG.error("Incident {}", incident, error);
        return ui.getTranslation("error.unexpected", incident);
    }
}
