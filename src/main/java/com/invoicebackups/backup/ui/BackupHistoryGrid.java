package com.invoicebackups.backup.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.invoicebackups.terminology.Dictionaries;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The project's backups: who asked when, for how many invoices, how it went, and the download. */
class BackupHistoryGrid extends Grid<Backup> {


    private final Supplier<List<Backup>> backups;
    private final BackupBroadcaster broadcaster;
    private final long userId;
    private final long projectId;
    private Runnable unregister;

    BackupHistoryGrid(Supplier<List<Backup>> backups, BackupBroadcaster broadcaster, long userId, long projectId,
                      Dictionaries dictionaries) {
        this(backups, broadcaster, userId, projectId, dictionaries, null, null);
    }

    /**
     * With {@code deliveries}: a button on each backup the user sends, to send it and see where it went. With
     * {@code retry}: a button on each backup an outage of the document store failed, to try it again.
     */
    BackupHistoryGrid(Supplier<List<Backup>> backups, BackupBroadcaster broadcaster, long userId, long projectId,
                      Dictionaries dictionaries, Deliveries deliveries,
                      java.util.function.Function<Backup, com.vaadin.flow.component.Component> retry) {
        this.userId = userId;
        this.backups = backups;
        this.broadcaster = broadcaster;
        this.projectId = projectId;
        addClassName("backup-history");
        // a cell shows all it holds: long statuses and changes wrap, each volume's link on its own line
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
        // when the window is narrow, what tells the backups apart and the downloads come first; the changes column
        // takes the room that is left and wraps
        fitted(addColumn(backup -> Formats.of(getLocale()).dateTime(backup.requestedAt()))
                .setHeader(getTranslation("history.requested-at")));
        fitted(addColumn(Backup::requestedByName).setHeader(getTranslation("history.requested-by")));
        fitted(addComponentColumn(backup -> {
            Span status = new Span(getTranslation("backup.status." + backup.status().name()));
            return backup.retryable() && retry != null ? new Div(status, retry.apply(backup)) : status;
        }).setHeader(getTranslation("history.status")));
        fitted(addComponentColumn(backup -> {
            Div links = new Div();
            links.addClassName("backup-history-downloads");
            downloads(backup, this::getTranslation).forEach(links::add);
            return links;
        }).setHeader(getTranslation("history.download")));
        if (deliveries != null) {
            java.util.Set<com.invoicebackups.backup.BackupKind> sent = deliveries.kindsSent();
            fitted(addComponentColumn(backup -> {
                com.vaadin.flow.component.button.Button send = new com.vaadin.flow.component.button.Button(
                        getTranslation("delivery.send"), click -> deliveries.open(backup));
                send.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
                send.addClassName("backup-send");
                send.getElement().setAttribute("data-backup", String.valueOf(backup.id()));
                send.setVisible(backup.downloadable() && sent.contains(backup.kind()));
                return send;
            }).setHeader(getTranslation("delivery.column")));
        }
        fitted(addColumn(Backup::invoiceCount).setHeader(getTranslation("history.invoices")));
        fitted(addColumn(backup -> backup.pageCount() == null || backup.sizeBytes() == null ? ""
                : getTranslation("history.pages-and-size", backup.pageCount(),
                Formats.of(getLocale()).fileSize(backup.sizeBytes()))).setHeader(getTranslation("history.size")));
        fitted(addColumn(backup -> backup.duration() == null ? "" : backup.duration().toSeconds() + " s")
                .setHeader(getTranslation("history.duration")));
        fitted(addColumn(backup -> backup.warnings().size()).setHeader(getTranslation("history.warnings")));
        addColumn(backup -> {
            String changes = changes(backup, dictionaries, getLocale());
            return changes == null ? "" : changes;
        }).setHeader(getTranslation("history.changes")).setFlexGrow(1).setWidth("10em");
        setItems(backups.get());
        setEmptyStateText(getTranslation("history.empty"));
    }

    /** The kinds of backup the user sends, and the dialog that sends one. */
    interface Deliveries {
        java.util.Set<com.invoicebackups.backup.BackupKind> kindsSent();

        void open(Backup backup);
    }

    /** As wide as the widest of its header and cells, never cut off. */
    private static void fitted(Column<Backup> column) {
        column.setAutoWidth(true).setFlexGrow(0);
    }

    /** What changed since an earlier backup, in the reader's words and formats; null when nothing is known. */
    static String changes(Backup backup, Dictionaries dictionaries, Locale locale) {
        return backup.changes(dictionaries.forLocale(locale).withFormats(Formats.of(locale)));
    }

    /** The download links of a finished backup: one, or one per volume. */
    static List<Anchor> downloads(Backup backup, java.util.function.BiFunction<String, Object[], String> words) {
        if (!backup.downloadable()) {
            return List.of();
        }
        if (backup.volumes() == 0) {
            return List.of(link(backup.downloadPath(), words.apply("backup.alert.download", new Object[0])));
        }
        List<Anchor> links = new java.util.ArrayList<>();
        for (int number = 1; number <= backup.volumes(); number++) {
            links.add(link(backup.downloadPath(number), words.apply("backup.volume", new Object[] {number, backup.volumes()})));
        }
        return links;
    }

    private static Anchor link(String path, String text) {
        Anchor download = new Anchor(path, text);
        download.getElement().setAttribute("download", true);
        return download;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // the grid starts its browser side here: without it the grid renders as an empty box
        super.onAttach(event);
        setItems(backups.get());
        UI ui = event.getUI();
        // rows change when a backup is queued or ends; progress ticks are for the status area
        unregister = broadcaster.onHistoryChange(userId, projectId, () -> ui.access(() -> setItems(backups.get())));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (unregister != null) {
            unregister.run();
        }
    }
}
