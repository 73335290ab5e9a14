package com.invoicebackups.backup;

import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.InvoiceForBackup;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.terminology.Dictionary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the package editor starts from: the invoices and documents a backup would hold, in the order it would hold
 * them, each under its key in an {@link Arrangement}; nothing is rendered.
 */
@Service
class PackagePlanner {

    private final ProjectService projects;
    private final BackupSelection selection;
    private final OwnerSides owners;
    private final AttachmentService attachments;

    PackagePlanner(ProjectService projects, BackupSelection selection, OwnerSides owners,
                   AttachmentService attachments) {
        this.projects = projects;
        this.selection = selection;
        this.owners = owners;
        this.attachments = attachments;
    }

    /** The selection as a subcontractor backup would hold it. */
    List<PlannedInvoice> plan(long userId, long projectId, List<Long> invoiceIds, Dictionary words) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        return selection.inOrder(userId, projectId, invoiceIds).stream()
                .map(invoice -> planned(invoice, words)).toList();
    }

    /** An owner backup: the owner invoice, what it carries, its own documents. */
    List<PlannedInvoice> ownerPlan(long userId, long ownerInvoiceId, Dictionary words) {
        OwnerSide side = owners.of(userId, ownerInvoiceId);
        OwnerInvoice owner = side.invoice();
        projects.access(userId, owner.projectId()).requireCompiles(true);
        List<PlannedInvoice> plan = new ArrayList<>();
        plan.add(new PlannedInvoice(Arrangement.OWNER_INVOICE, side.prime().number(), side.company(), owner.number(),
                List.of(new PlannedDocument(Arrangement.INVOICE_DOCUMENT, words.get("backup.owner-invoice-document"),
                        null))));
        selection.carriedBy(userId, owner).forEach(invoice -> plan.add(planned(invoice, words)));
        List<PlannedDocument> own = attachments.attachments(userId, InvoiceRef.owner(owner.id())).stream()
                .map(PackagePlanner::document).toList();
        if (!own.isEmpty()) {
            plan.add(new PlannedInvoice(Arrangement.OWNER_DOCUMENTS, side.prime().number(), side.company(),
                    words.get("backup.editor.own-documents", owner.number()), own));
        }
        return plan;
    }

    private static PlannedInvoice planned(InvoiceForBackup invoice, Dictionary words) {
        List<PlannedDocument> documents = new ArrayList<>();
        documents.add(new PlannedDocument(Arrangement.INVOICE_DOCUMENT, words.get(invoice.signedDocument() != null
                ? "backup.signed-invoice-document" : "backup.invoice-document"), null));
        invoice.attachments().forEach(attachment -> documents.add(document(attachment)));
        return new PlannedInvoice(Arrangement.subcontractorKey(invoice.invoice().id()), invoice.subcontract().number(),
                invoice.company(), invoice.invoice().number(), documents);
    }

    private static PlannedDocument document(Attachment attachment) {
        return new PlannedDocument(Arrangement.attachmentKey(attachment.id()), attachment.fileName(),
                attachment.typeOrOther().name());
    }
}
