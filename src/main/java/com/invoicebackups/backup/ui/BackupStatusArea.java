package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.backup.BackupStatus;
import com.invoicebackups.terminology.Dictionaries;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * At the top of the Invoicing screen: a progress line for each of the user's running backups and an alert for the
 * latest that finished, updated by server push while the screen is open and rebuilt from the database when the user
 * comes back. Earlier finished backups fold into one line that leads to the Backups tab, so alerts never pile up
 * over the grid; each alert closes, and stays closed for the rest of the session.
 */
class BackupStatusArea extends VerticalLayout {

    private static final String DISMISSED = BackupStatusArea.class.getName() + ".dismissed";

    private final long userId;
    private final long projectId;
    private final BackupService backups;
    private final BackupBroadcaster broadcaster;
    private final Dictionaries dictionaries;
    private final Runnable showHistory;
    private final Map<Long, Backup> known = new LinkedHashMap<>();
    private final Map<Long, Div> lines = new LinkedHashMap<>();
    private Runnable unregister;

    /** {@code showHistory} opens the Backups tab; null when the user has none. */
    BackupStatusArea(long userId, long projectId, BackupService backups, BackupBroadcaster broadcaster,
                     Dictionaries dictionaries, Runnable showHistory) {
        this.userId = userId;
        this.projectId = projectId;
        this.backups = backups;
        this.broadcaster = broadcaster;
        this.dictionaries = dictionaries;
        this.showHistory = showHistory;
        addClassName("backup-status");
        setPadding(false);
        setSpacing(false);
    }

    /** Listens first, then reads the database, so that nothing that happens in between is missed. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unregister = broadcaster.register(userId, projectId, backup -> ui.access(() -> show(backup)));
        Instant recent = Instant.now().minus(Duration.ofMinutes(15));
        backups.recentOf(userId, projectId, recent).reversed().forEach(backup -> known.put(backup.id(), backup));
        lines.clear();
        arrange();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (unregister != null) {
            unregister.run();
        }
    }

    void show(Backup backup) {
        known.put(backup.id(), backup);
        lines.remove(backup.id());
        arrange();
    }

    /** Running backups first, then the latest finished one, then the count of the earlier ones. */
    private void arrange() {
        removeAll();
        Set<Long> dismissed = dismissed();
        List<Backup> newestFirst = known.values().stream()
                .filter(backup -> !dismissed.contains(backup.id()))
                .sorted(Comparator.comparing(Backup::requestedAt).thenComparing(Backup::id).reversed()).toList();
        newestFirst.stream().filter(backup -> !backup.finished()).forEach(backup -> add(line(backup)));
        List<Backup> finished = newestFirst.stream().filter(Backup::finished)
                .sorted(Comparator.comparing(Backup::finishedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .reversed()).toList();
        if (!finished.isEmpty()) {
            add(line(finished.getFirst()));
        }
        if (finished.size() > 1) {
            add(earlier(finished.subList(1, finished.size())));
        }
    }

    private Div line(Backup backup) {
        return lines.computeIfAbsent(backup.id(), id -> backup.finished() ? alert(backup) : running(backup));
    }

    private Div running(Backup backup) {
        ProgressBar bar = new ProgressBar(0, 100, backup.progress());
        bar.addClassName("backup-progress");
        Span state = new Span(getTranslation(backup.status() == BackupStatus.QUEUED
                ? "backup.alert.queued" : "backup.alert.running", backup.invoiceCount(), backup.progress(),
                backup.progressLabel() == null ? "" : backup.progressLabel()));
        if (backup.status() == BackupStatus.QUEUED && !backup.warnings().isEmpty()) {
            // queued again: why, and when it is tried next
            Span waiting = new Span(String.join(" ", backup.warnings()));
            waiting.addClassName("backup-waiting");
            return box("backup-running", null, state, waiting, bar);
        }
        return box("backup-running", null, state, bar);
    }

    private Div alert(Backup backup) {
        Runnable close = () -> dismiss(List.of(backup));
        if (backup.status() == BackupStatus.FAILED) {
            Span reason = new Span(getTranslation("backup.alert.failed", String.join(" ", backup.warnings())));
            return backup.retryable() ? box("backup-failed", close, reason, RetryButton.of(backup, userId, backups))
                    : box("backup-failed", close, reason);
        }
        Div alert = box("backup-succeeded", close,
                new Span(getTranslation("backup.alert.done", backup.fileName(), backup.pageCount())));
        Div body = (Div) alert.getChildren().findFirst().orElseThrow();
        BackupHistoryGrid.downloads(backup, this::getTranslation).forEach(download -> {
            download.addClassName("backup-download");
            body.add(download);
        });
        String changes = BackupHistoryGrid.changes(backup, dictionaries, getLocale());
        if (changes != null) {
            Span sentence = new Span(changes);
            sentence.addClassName("backup-changes");
            body.add(sentence);
        }
        if (!backup.warnings().isEmpty()) {
            UnorderedList list = new UnorderedList();
            backup.warnings().forEach(warning -> list.add(new ListItem(warning)));
            Details details = new Details(getTranslation("backup.alert.warnings", backup.warnings().size()), list);
            details.addClassName("backup-warnings");
            body.add(details);
        }
        return alert;
    }

    private Div earlier(List<Backup> earlier) {
        Span count = new Span(getTranslation("backup.alert.earlier", earlier.size()));
        Div line = box("backup-earlier", () -> dismiss(earlier), count);
        if (showHistory != null) {
            Button history = new Button(getTranslation("backup.alert.earlier.link"), click -> showHistory.run());
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            history.addClassName("backup-earlier-link");
            ((Div) line.getChildren().findFirst().orElseThrow()).add(history);
        }
        return line;
    }

    /** One alert: its words and links, spaced by the style sheet, and a close button at its end. */
    private Div box(String kind, Runnable close, Component... content) {
        Div body = new Div(content);
        body.addClassName("backup-alert-body");
        Div box = new Div(body);
        box.addClassNames("backup-alert", kind);
        if (close != null) {
            Button closeButton = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close.run());
            closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            closeButton.setAriaLabel(getTranslation("backup.alert.close"));
            closeButton.setTooltipText(getTranslation("backup.alert.close"));
            closeButton.addClassName("backup-alert-close");
            box.add(closeButton);
        }
        return box;
    }

    private void dismiss(List<Backup> closed) {
        closed.forEach(backup -> dismissed().add(backup.id()));
        arrange();
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> dismissed() {
        VaadinSession session = VaadinSession.getCurrent();
        Set<Long> dismissed = (Set<Long>) session.getAttribute(DISMISSED);
        if (dismissed == null) {
            dismissed = java.util.concurrent.ConcurrentHashMap.newKeySet();
            session.setAttribute(DISMISSED, dismissed);
        }
        return dismissed;
    }
}
