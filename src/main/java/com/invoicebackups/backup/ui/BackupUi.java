package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.invoicing.BackupActions;
import com.invoicebackups.invoicing.CompilePreflight;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;

/** The backup feature's part of the Invoicing screen. */
@org.springframework.stereotype.Component
class BackupUi implements BackupActions {

    private final BackupService backups;
    private final CompilePreflight preflight;
    private final BackupBroadcaster broadcaster;

    BackupUi(BackupService backups, CompilePreflight preflight, BackupBroadcaster broadcaster) {
        this.backups = backups;
        this.preflight = preflight;
        this.broadcaster = broadcaster;
    }

    @Override
    public void compileSubcontractorBackup(InvoicingAccess access, List<Long> invoiceIds, Runnable showBillingPeriods) {
        List<CompilePreflight.Problem> problems = preflight.problems(access.userId(), access.projectId(), invoiceIds);
        List<CompilePreflight.Warning> warnings = problems.isEmpty()
                ? preflight.warnings(access.userId(), access.projectId(), invoiceIds) : List.of();
        new CompileDialog(invoiceIds.size(), problems, warnings, showBillingPeriods, options ->
                queued(backups.request(access.userId(), access.projectId(), BackupKind.SUBCONTRACTOR, invoiceIds, options,
                        UI.getCurrent().getLocale())))
                .open();
    }

    @Override
    public void compileOwnerBackup(InvoicingAccess access, long ownerInvoiceId) {
        new CompileDialog(1, List.of(), List.of(), () -> { }, options ->
                queued(backups.request(access.userId(), access.projectId(), BackupKind.OWNER, List.of(ownerInvoiceId), options,
                        UI.getCurrent().getLocale())))
                .open();
    }

    @Override
    public com.vaadin.flow.component.Component statusArea(InvoicingAccess access) {
        return new BackupStatusArea(access.userId(), access.projectId(), backups, broadcaster);
    }

    @Override
    public com.vaadin.flow.component.Component history(InvoicingAccess access) {
        return new BackupHistoryGrid(() -> backups.history(access.userId(), access.projectId()), broadcaster,
                access.projectId());
    }

    @Override
    public com.vaadin.flow.component.Component invoiceBackups(InvoicingAccess access, InvoiceRef invoice) {
        BackupKind kind = invoice.kind() == InvoiceRef.Kind.OWNER ? BackupKind.OWNER : BackupKind.SUBCONTRACTOR;
        BackupHistoryGrid grid = new BackupHistoryGrid(
                () -> backups.backupsWith(access.userId(), access.projectId(), kind, invoice.id()), broadcaster,
                access.projectId());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("invoice.backups.empty"));
        return grid;
    }

    private static void queued(Backup backup) {
        Notification notification = Notification.show(
                com.vaadin.flow.component.UI.getCurrent().getTranslation("backup.queued", backup.invoiceCount()),
                4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
