package com.invoicebackups.backup;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.InvoiceForBackup;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceService;
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
    private final InvoiceService invoices;
    private final BackupSelection selection;
    private final AttachmentService attachments;
    private final ContractService contracts;
    private final CompanyService companies;

    PackagePlanner(ProjectService projects, InvoiceService invoices, BackupSelection selection,
                   AttachmentService attachments, ContractService contracts, CompanyService companies) {
        this.projects = projects;
        this.invoices = invoices;
        this.selection = selection;
        this.attachments = attachments;
        this.contracts = contracts;
        this.companies = companies;
    }

    /** The selection as a subcontractor backup would hold it. */
    List<PlannedInvoice> plan(long userId, long projectId, List<Long> invoiceIds, Dictionary words) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        return selection.inOrder(userId, projectId, invoiceIds).stream()
                .map(invoice -> planned(invoice, words)).toList();
    }

    /** An owner backup: the owner invoice, what it carries, its own documents. */
    List<PlannedInvoice> ownerPlan(long userId, long ownerInvoiceId, Dictionary words) {
        OwnerInvoice owner = invoices.ownerInvoice(userId, ownerInvoiceId);
        projects.access(userId, owner.projectId()).requireCompiles(true);
        PrimeContract prime = contracts.primeContractById(owner.primeContractId());
        String ownerCompany = companies.company(prime.ownerCompanyId()).name();
        List<PlannedInvoice> plan = new ArrayList<>();
        plan.add(new PlannedInvoice(Arrangement.OWNER_INVOICE, prime.number(), ownerCompany, owner.number(),
                List.of(new PlannedDocument(Arrangement.INVOICE_DOCUMENT, words.get("backup.owner-invoice-document"),
                        null))));
        selection.carriedBy(userId, owner).forEach(invoice -> plan.add(planned(invoice, words)));
        List<PlannedDocument> own = attachments.attachments(userId, InvoiceRef.owner(owner.id())).stream()
                .map(attachment -> new PlannedDocument(Arrangement.attachmentKey(attachment.id()), attachment.fileName(),
                        attachment.typeOrOther().name())).toList();
        if (!own.isEmpty()) {
            plan.add(new PlannedInvoice(Arrangement.OWNER_DOCUMENTS, prime.number(), ownerCompany,
                    words.get("backup.editor.own-documents", owner.number()), own));
        }
        return plan;
    }

    private static PlannedInvoice planned(InvoiceForBackup invoice, Dictionary words) {
        List<PlannedDocument> documents = new ArrayList<>();
        documents.add(new PlannedDocument(Arrangement.INVOICE_DOCUMENT, words.get(invoice.signedDocument() != null
                ? "backup.signed-invoice-document" : "backup.invoice-document"), null));
        invoice.attachments().forEach(attachment ->
                documents.add(new PlannedDocument(Arrangement.attachmentKey(attachment.id()),
                        attachment.fileName(), attachment.typeOrOther().name())));
        return new PlannedInvoice(Arrangement.subcontractorKey(invoice.invoice().id()), invoice.subcontract().number(),
                invoice.company(), invoice.invoice().number(), documents);
    }
}
