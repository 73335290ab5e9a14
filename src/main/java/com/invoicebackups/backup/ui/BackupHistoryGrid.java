package com.invoicebackups.backup.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.BackupStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The project's backups: who asked when, for how many invoices, how it went, and the download. */
class BackupHistoryGrid extends Grid<Backup> {


    private final Supplier<List<Backup>> backups;
    private final BackupBroadcaster broadcaster;
    private final long projectId;
    private Runnable unregister;

    BackupHistoryGrid(Supplier<List<Backup>> backups, BackupBroadcaster broadcaster, long projectId) {
        this.backups = backups;
        this.broadcaster = broadcaster;
        this.projectId = projectId;
        addClassName("backup-history");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSizeFull();
        addColumn(Backup::requestedByName).setHeader(getTranslation("history.requested-by"));
        addColumn(backup -> Formats.of(getLocale()).dateTime(backup.requestedAt())).setHeader(getTranslation("history.requested-at"));
        addColumn(Backup::invoiceCount).setHeader(getTranslation("history.invoices"));
        addColumn(backup -> getTranslation("backup.status." + backup.status().name())).setHeader(getTranslation("history.status"));
        addColumn(backup -> backup.pageCount() == null ? "" : String.valueOf(backup.pageCount()))
                .setHeader(getTranslation("history.pages"));
        addColumn(backup -> backup.sizeBytes() == null ? "" : Formats.of(getLocale()).fileSize(backup.sizeBytes()))
                .setHeader(getTranslation("history.size"));
        addColumn(backup -> backup.duration() == null ? "" : backup.duration().toSeconds() + " s")
                .setHeader(getTranslation("history.duration"));
        addColumn(backup -> backup.warnings().size()).setHeader(getTranslation("history.warnings"));
        addColumn(backup -> backup.changes() == null ? "" : backup.changes()).setHeader(getTranslation("history.changes"))
                .setFlexGrow(3).setTooltipGenerator(backup -> backup.changes() == null ? "" : backup.changes());
        addComponentColumn(backup -> {
            if (!backup.downloadable()) {
                return new Span();
            }
            Anchor download = new Anchor(backup.downloadPath(), getTranslation("backup.alert.download"));
            download.getElement().setAttribute("download", true);
            return download;
        }).setHeader(getTranslation("history.download"));
        setItems(backups.get());
        setEmptyStateText(getTranslation("history.empty"));
    }


    @Override
    protected void onAttach(AttachEvent event) {
        // the grid starts its browser side here: without it the grid renders as an empty box
        super.onAttach(event);
        setItems(backups.get());
        UI ui = event.getUI();
        unregister = broadcaster.register(backup -> {
            // rows change when a backup is queued or ends; progress ticks are for the status area
            if (backup.projectId() == projectId && (backup.finished() || backup.status() == BackupStatus.QUEUED)) {
                ui.access(() -> setItems(backups.get()));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (unregister != null) {
            unregister.run();
        }
    }
}
