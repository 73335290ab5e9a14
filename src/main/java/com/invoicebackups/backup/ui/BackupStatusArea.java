package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.backup.BackupStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At the top of the Invoicing screen: a progress line for each of the user's running backups and an
 * alert when one finishes, updated by server push while the screen is open and rebuilt from the
 * database when the user comes back.
 */
class BackupStatusArea extends VerticalLayout {

    private final long userId;
    private final long projectId;
    private final BackupService backups;
    private final BackupBroadcaster broadcaster;
    private final Map<Long, Div> lines = new LinkedHashMap<>();
    private Runnable unregister;

    BackupStatusArea(long userId, long projectId, BackupService backups, BackupBroadcaster broadcaster) {
        this.userId = userId;
        this.projectId = projectId;
        this.backups = backups;
        this.broadcaster = broadcaster;
        addClassName("backup-status");
        setPadding(false);
        setSpacing(false);
    }

    /** Listens first, then reads the database, so that nothing that happens in between is missed. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unregister = broadcaster.register(backup -> {
            if (backup.projectId() == projectId && backup.requestedBy() == userId) {
                ui.access(() -> show(backup));
            }
        });
        Instant recent = Instant.now().minus(Duration.ofMinutes(15));
        backups.history(userId, projectId).stream()
                .filter(backup -> backup.requestedBy() == userId)
                .filter(backup -> !backup.finished() || backup.finishedAt() != null && backup.finishedAt().isAfter(recent))
                .limit(3)
                .toList().reversed()
                .forEach(this::show);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (unregister != null) {
            unregister.run();
        }
    }

    void show(Backup backup) {
        Div line = lines.computeIfAbsent(backup.id(), id -> {
            Div created = new Div();
            addComponentAsFirst(created);
            return created;
        });
        line.removeAll();
        line.setClassName("backup-alert");
        if (!backup.finished()) {
            line.addClassName("backup-running");
            ProgressBar bar = new ProgressBar(0, 100, backup.progress());
            line.add(new Span(getTranslation(backup.status() == BackupStatus.QUEUED ? "backup.alert.queued"
                    : "backup.alert.running", backup.invoiceCount(), backup.progress(),
                    backup.progressLabel() == null ? "" : backup.progressLabel())), bar);
            return;
        }
        if (backup.status() == BackupStatus.FAILED) {
            line.addClassName("backup-failed");
            line.add(new Span(getTranslation("backup.alert.failed", String.join(" ", backup.warnings()))));
            return;
        }
        line.addClassName("backup-succeeded");
        line.add(new Span(getTranslation("backup.alert.done", backup.fileName(), backup.pageCount())));
        BackupHistoryGrid.downloads(backup, this::getTranslation).forEach(download -> {
            download.addClassName("backup-download");
            line.add(download);
        });
        if (backup.changes() != null) {
            Span changes = new Span(backup.changes());
            changes.addClassName("backup-changes");
            line.add(changes);
        }
        if (!backup.warnings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            backup.warnings().forEach(warning -> list.add(new ListItem(warning)));
            Details details = new Details(getTranslation("backup.alert.warnings", backup.warnings().size()), list);
            line.add(details);
        }
    }
}
