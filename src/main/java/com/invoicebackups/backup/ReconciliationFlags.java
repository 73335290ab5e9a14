package com.invoicebackups.backup;

import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.terminology.Dictionary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What would not reconcile in the backups of a selection (for an owner backup, each owner invoice's), in the given
 * words: the preflight shows it before anything is compiled.
 */
@Service
class ReconciliationFlags {

    private final ProjectService projects;
    private final InvoiceService invoices;
    private final BackupSelection selection;
    private final OwnerSides owners;
    private final InvoiceFigures figures;

    ReconciliationFlags(ProjectService projects, InvoiceService invoices, BackupSelection selection, OwnerSides owners,
                        InvoiceFigures figures) {
        this.projects = projects;
        this.invoices = invoices;
        this.selection = selection;
        this.owners = owners;
        this.figures = figures;
    }

    List<String> of(long userId, long projectId, BackupKind kind, List<Long> ids, Dictionary words) {
        Project project = projects.projectById(projectId);
        Reconciler reconciler = new Reconciler(words, project.currency());
        if (kind == BackupKind.SUBCONTRACTOR) {
            List<Reconciler.Figures> selected = selection.inOrder(userId, projectId, ids).stream()
                    .map(figures::of).toList();
            return reconciler.reconcile(selected, null).flags();
        }
        List<String> flags = new ArrayList<>();
        for (long id : ids) {
            OwnerSide owner = owners.of(userId, id);
            if (owner.invoice().projectId() != projectId) {
                continue;
            }
            Reconciler.Figures ownerFigures = owner.figures(invoices.ownerPayApplication(userId, id));
            List<Reconciler.Figures> carriedFigures = selection.carriedBy(userId, owner.invoice()).stream()
                    .map(figures::of).toList();
            flags.addAll(reconciler.reconcile(carriedFigures, ownerFigures).flags());
        }
        return flags;
    }
}
