package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.InvoiceBackups;
import com.invoicebackups.terminology.Dictionaries;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;

/**
 * The backups an invoice went into: those the user may open, in the history grid, and how many others hold it, told
 * without links. The sentence is written again whenever the grid reloads.
 */
class InvoiceBackupsPanel extends VerticalLayout {

    private final Span others = new Span();
    private final BackupHistoryGrid grid;
    private String emptyText;

    InvoiceBackupsPanel(Supplier<InvoiceBackups> backups, BackupBroadcaster broadcaster, long userId, long projectId,
                        Dictionaries dictionaries) {
        setPadding(false);
        others.addClassName("invoice-backups-others");
        grid = new BackupHistoryGrid(() -> show(backups.get()), broadcaster, userId, projectId, dictionaries);
        grid.addClassName("invoice-backups");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(emptyText);
        add(grid, others);
    }

    /** The grid's rows; the grid shows its empty text in place of rows, so a count alone goes there. */
    private List<Backup> show(InvoiceBackups backups) {
        boolean none = backups.visible().isEmpty();
        emptyText = none && backups.others() > 0 ? getTranslation("invoice.backups.others", backups.others())
                : getTranslation("invoice.backups.empty");
        others.setText(getTranslation("invoice.backups.more-others", backups.others()));
        others.setVisible(!none && backups.others() > 0);
        // null only while the grid itself is being built: the constructor sets the text then
        if (grid != null) {
            grid.setEmptyStateText(emptyText);
        }
        return backups.visible();
    }
}
