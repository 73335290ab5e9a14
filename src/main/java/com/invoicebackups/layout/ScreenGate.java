package com.invoicebackups.layout;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.shared.NotFound;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whether a screen opens for the user: one who may not open it, or may not see what it shows, is shown the page for
 * an address that leads nowhere ({@link NotFoundPage}), as if the screen did not exist.
 */
public final class ScreenGate {

    private ScreenGate() {
    }

    /** Only company administrators open the screen; true when the user is one. */
    public static boolean companyAdministrators(BeforeEnterEvent event, CompanyService companies, long userId) {
        if (companies.isCompanyAdministrator(userId)) {
            return true;
        }
        event.rerouteToError(NotFoundException.class);
        return false;
    }

    /** What the screen shows, read for the user; empty when there is no such record or the user may not see it. */
    public static <T> Optional<T> read(BeforeEnterEvent event, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (NotFound | AccessDeniedException refused) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
