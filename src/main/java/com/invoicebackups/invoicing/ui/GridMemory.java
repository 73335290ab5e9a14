package com.invoicebackups.invoicing.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each invoice tab's search, filters and selection per project, kept for the session, so that opening an
 * invoice and coming back (by the back button or a link) finds the grid as it was left.
 */
final class GridMemory {

    /** The tabs that remember their grid. */
    enum Tab { SUBCONTRACTOR, OWNER }

    /** What a tab shows; the status by its name, as the two tabs have statuses of their own. */
    record State(String search, Long companyId, Long periodId, String status, List<Long> selectedIds)
            implements Serializable {

        static final State EMPTY = new State("", null, null, null, List.of());
    }

    private GridMemory() {
    }

    static State recall(Tab tab, long projectId) {
        return states().getOrDefault(tab + ":" + projectId, State.EMPTY);
    }

    static void remember(Tab tab, long projectId, State state) {
        states().put(tab + ":" + projectId, state);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, State> states() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, State> states = (Map<String, State>) session.getAttribute(GridMemory.class.getName());
        if (states == null) {
            states = new HashMap<>();
            session.setAttribute(GridMemory.class.getName(), states);
        }
        return states;
    }
}
