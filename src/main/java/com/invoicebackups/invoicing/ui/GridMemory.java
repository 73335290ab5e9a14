package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.InvoiceStatus;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Subcontractor tab's search, filters and selection per project, kept for the session, so that
 * opening an invoice and coming back (by the back button or a link) finds the grid as it was left.
 */
final class GridMemory {

    record State(String search, Long companyId, Long periodId, InvoiceStatus status, List<Long> selectedIds)
            implements Serializable {

        static final State EMPTY = new State("", null, null, null, List.of());
    }

    private GridMemory() {
    }

    static State recall(long projectId) {
        return states().getOrDefault(projectId, State.EMPTY);
    }

    static void remember(long projectId, State state) {
        states().put(projectId, state);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, State> states() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<Long, State> states = (Map<Long, State>) session.getAttribute(GridMemory.class.getName());
        if (states == null) {
            states = new HashMap<>();
            session.setAttribute(GridMemory.class.getName(), states);
        }
        return states;
    }
}
