package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.SourceJudge;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.InvoiceForBackup;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.Money;
import com.invoicebackups.terminology.Dictionary;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Turns a selection of invoices in the database into the engine's request: in natural contract order then position,
 * or as the package editor arranged them, each invoice's own document ({@link InvoiceDocuments}), its attachments in
 * upload order, and the figures for the cover sheet and the reconciliation.
 */
@Service
public class BackupRequestBuilder {

    private final ProjectService projects;
    private final InvoiceService invoices;
    private final BackupSelection selection;
    private final OwnerSides owners;
    private final AttachmentService attachments;
    private final ContractService contracts;
    private final CompanyService companies;
    private final DocumentStore documents;
    private final InvoiceFigures invoiceFigures;

    BackupRequestBuilder(ProjectService projects, InvoiceService invoices, BackupSelection selection, OwnerSides owners,
                         AttachmentService attachments, ContractService contracts, CompanyService companies,
                         DocumentStore documents, InvoiceFigures invoiceFigures) {
        this.projects = projects;
        this.invoices = invoices;
        this.selection = selection;
        this.owners = owners;
        this.attachments = attachments;
        this.contracts = contracts;
        this.companies = companies;
        this.documents = documents;
        this.invoiceFigures = invoiceFigures;
    }

    /** A subcontractor backup; rendered invoice documents are written into {@code workFolder}. */
    public BackupRequest subcontractorBackup(long userId, long projectId, List<Long> invoiceIds,
                                             BackupRequest.Options options, Dictionary words, ZonedDateTime at,
                                             Path workFolder) {
        return subcontractorBackup(userId, projectId, invoiceIds, options, words, at, workFolder, null);
    }

    /**
     * As above, arranged as the package editor left it: its invoices in its order, each one's documents in its
     * order, without what it left out, with the titles it gave; documents added since follow at the end.
     */
    public BackupRequest subcontractorBackup(long userId, long projectId, List<Long> invoiceIds,
                                             BackupRequest.Options options, Dictionary words, ZonedDateTime at,
                                             Path workFolder, Arrangement arrangement) {
        return subcontractorBackup(userId, projectId, invoiceIds, options, words, at, workFolder, arrangement,
                BackupEngine.Progress.NONE);
    }

    /**
     * As above, telling {@code progress} of each invoice document rendered (with 0 of 1 and a label that counts
     * them); it may stop the rendering between two documents by throwing.
     */
    public BackupRequest subcontractorBackup(long userId, long projectId, List<Long> invoiceIds,
                                             BackupRequest.Options options, Dictionary words, ZonedDateTime at,
                                             Path workFolder, Arrangement arrangement, BackupEngine.Progress progress) {
        Project project = compilable(userId, projectId);
        List<InvoiceForBackup> selected = selection.read(userId, projectId, invoiceIds);
        Parts parts = new Parts(words, workFolder, project);
        parts.documents.renderAhead(selected, progress);
        if (arrangement == null) {
            BackupSelection.inOrder(selected).forEach(parts::add);
        } else {
            Map<String, InvoiceForBackup> byKey = new HashMap<>();
            selected.forEach(invoice -> byKey.put(Arrangement.subcontractorKey(invoice.invoice().id()), invoice));
            arrangement.invoices().stream().filter(entry -> entry.included() && byKey.containsKey(entry.invoice()))
                    .forEach(entry -> parts.add(byKey.get(entry.invoice()), entry));
        }
        return parts.request(words.get("backup.title"), companies.user(userId).displayName(), at, options);
    }

    /**
     * An owner backup: the owner invoice, every APPROVED subcontractor invoice of its billing
     * period with their attachments, then the owner invoice's own attachments.
     */
    public BackupRequest ownerBackup(long userId, long ownerInvoiceId, BackupRequest.Options options, Dictionary words,
                                     ZonedDateTime at, Path workFolder) {
        return ownerBackup(userId, ownerInvoiceId, options, words, at, workFolder, null);
    }

    /** As above, arranged as the package editor left it (see {@link Arrangement}); parts it does not name come last. */
    public BackupRequest ownerBackup(long userId, long ownerInvoiceId, BackupRequest.Options options, Dictionary words,
                                     ZonedDateTime at, Path workFolder, Arrangement arrangement) {
        return ownerBackup(userId, ownerInvoiceId, options, words, at, workFolder, arrangement,
                BackupEngine.Progress.NONE);
    }

    /** As above, telling {@code progress} of the invoice documents rendered, as a subcontractor backup does. */
    public BackupRequest ownerBackup(long userId, long ownerInvoiceId, BackupRequest.Options options, Dictionary words,
                                     ZonedDateTime at, Path workFolder, Arrangement arrangement,
                                     BackupEngine.Progress progress) {
        OwnerSide side = owners.of(userId, ownerInvoiceId);
        OwnerInvoice owner = side.invoice();
        PrimeContract prime = side.prime();
        String ownerCompany = side.company();
        Parts parts = new Parts(words, workFolder, projects.projectById(owner.projectId()));
        PayApplication application = invoices.ownerPayApplication(userId, ownerInvoiceId);
        Money ownerDue = application.summary().currentPaymentDue();
        String ownerIdentity = "O" + owner.id();
        BillingPeriod ownerPeriod = owners.period(side);
        parts.period(ownerPeriod);
        parts.ownerFigures = side.figures(application).withLines(Reconciler.CostLine.of(application,
                costCodes(contracts.primeContractSov(prime.id()))));

        Map<String, Consumer<Arrangement.Entry>> adders = new LinkedHashMap<>();
        adders.put(Arrangement.OWNER_INVOICE, entry -> {
            Path document = parts.documents.render(side, ownerPeriod, application);
            ArrangedDocuments arranged = ArrangedDocuments.of(
                    parts.documents.rendered(words.get("backup.owner-invoice-document"), document),
                    new LinkedHashMap<>(), Map.of(), entry);
            parts.invoices.add(BackupRequest.Invoice.owner(prime.number(), ownerCompany, owner.number(),
                    arranged.document(), List.of(), parts.money(ownerDue), parts.amount(ownerDue),
                    ownerIdentity, arranged.leftOut()));
        });
        List<InvoiceForBackup> approved = selection.carriedBy(userId, owner);
        parts.documents.renderAhead(approved, progress);
        approved.forEach(invoice ->
                adders.put(Arrangement.subcontractorKey(invoice.invoice().id()), entry -> parts.add(invoice, entry)));
        List<Attachment> own = attachments.attachments(userId, InvoiceRef.owner(owner.id()));
        if (!own.isEmpty()) {
            adders.put(Arrangement.OWNER_DOCUMENTS, entry -> {
                ArrangedDocuments arranged = ArrangedDocuments.of(null, attached(own), shas(own), entry);
                parts.invoices.add(BackupRequest.Invoice.owner(prime.number(), ownerCompany, owner.number(), null,
                        arranged.attachments(), parts.money(ownerDue), parts.amount(ownerDue),
                        ownerIdentity, arranged.leftOut()));
            });
        }
        if (arrangement == null) {
            adders.values().forEach(adder -> adder.accept(null));
        } else {
            for (Arrangement.Entry entry : arrangement.invoices()) {
                Consumer<Arrangement.Entry> adder = adders.remove(entry.invoice());
                if (adder != null && entry.included()) {
                    adder.accept(entry);
                }
            }
            adders.values().forEach(adder -> adder.accept(null));
        }
        return parts.request(words.get("backup.owner-title"), companies.user(userId).displayName(), at, options);
    }

    /** The project, for who may compile its subcontractor backups. */
    private Project compilable(long userId, long projectId) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        return projects.projectById(projectId);
    }

    /** Attachments as sources, by their keys in an {@link Arrangement}, in upload order. */
    private Map<String, BackupRequest.Source> attached(List<Attachment> list) {
        Map<String, BackupRequest.Source> attached = new LinkedHashMap<>();
        list.forEach(attachment -> attached.put(Arrangement.attachmentKey(attachment.id()), source(attachment)));
        return attached;
    }

    private static Map<String, String> shas(List<Attachment> list) {
        Map<String, String> shas = new HashMap<>();
        list.forEach(attachment -> shas.put(Arrangement.attachmentKey(attachment.id()), attachment.sha256()));
        return shas;
    }

    /** An attachment, trusted as proven when the current proof passed its bytes at upload. */
    private BackupRequest.Source source(Attachment attachment) {
        BackupRequest.Source source = new BackupRequest.Source(attachment.fileName(), attachment.typeOrOther().name(),
                new StoredSource(documents, attachment.storageKey(), attachment.sizeBytes()), null,
                "A" + attachment.id(), "file:" + attachment.fileName());
        return Integer.valueOf(SourceJudge.PROOF_VERSION).equals(attachment.proofVersion())
                ? source.proven(attachment.sha256()) : source;
    }

    private static Map<Long, String> costCodes(List<SovLine> schedule) {
        Map<Long, String> codes = new HashMap<>();
        schedule.stream().filter(line -> line.costCode() != null).forEach(line -> codes.put(line.id(), line.costCode()));
        return codes;
    }

    /** The request being built: invoices in order, and the sums for the cover sheet. */
    private final class Parts {
        private final Dictionary words;
        private final Project project;
        private final InvoiceDocuments documents;
        private final List<BackupRequest.Invoice> invoices = new ArrayList<>();
        private final Map<Long, BillingPeriod> periods = new LinkedHashMap<>();
        private final List<Reconciler.Figures> figures = new ArrayList<>();
        private Reconciler.Figures ownerFigures;

        Parts(Dictionary words, Path workFolder, Project project) {
            this.words = words;
            this.project = project;
            this.documents = new InvoiceDocuments(BackupRequestBuilder.this.documents, words, workFolder, project);
        }

        void add(InvoiceForBackup invoice) {
            add(invoice, null);
        }

        /** {@code arranged}: the package editor's order, exclusions and titles for this invoice; null for none. */
        void add(InvoiceForBackup invoice, Arrangement.Entry arranged) {
            List<Attachment> own = invoice.attachments();
            ArrangedDocuments arrangedParts = ArrangedDocuments.of(documents.of(invoice), attached(own), shas(own),
                    arranged);
            Money due = invoice.application().summary().currentPaymentDue();
            invoices.add(new BackupRequest.Invoice(invoice.subcontract().number(), invoice.company(),
                    invoice.invoice().number(), arrangedParts.document(), arrangedParts.attachments(), false,
                    money(due), amount(due), "S" + invoice.invoice().id(), arrangedParts.leftOut()));
            Reconciler.Figures invoiceFigures = BackupRequestBuilder.this.invoiceFigures.of(invoice);
            figures.add(ownerFigures == null ? invoiceFigures : invoiceFigures.withLines(Reconciler.CostLine.of(
                    invoice.application(), costCodes(invoice.schedule()))));
            if (ownerFigures == null) {
                // an owner backup's cover states the owner invoice's period; its subcontractor invoices are backup
                period(invoice.period());
            }
        }

        void period(BillingPeriod period) {
            if (period != null) {
                periods.put(period.id(), period);
            }
        }

        private String money(Money amount) {
            return words.formats().money(amount, project.currency());
        }

        /** A plain number and the currency: what the next package compares, and shows in its reader's formats. */
        private String amount(Money amount) {
            return amount.amount().toPlainString() + " " + project.currency();
        }

        BackupRequest request(String title, String requestedBy, ZonedDateTime at, BackupRequest.Options options) {
            List<String> periodLabels = periods.values().stream().map(period -> period.in(words.formats())).toList();
            Reconciler.Figures total = ownerFigures != null ? ownerFigures : Reconciler.total(figures);
            return new BackupRequest(title + " - " + project.title(), requestedBy, at, new DictionaryWords(words),
                    options, new BackupRequest.Cover(project.title(), periodLabels, money(total.work()),
                            money(total.retainage()), money(total.due())),
                    List.copyOf(invoices)).reconciled(reconciliation());
        }

        BackupRequest.Reconciliation reconciliation() {
            return new Reconciler(words, project.currency()).reconcile(figures, ownerFigures);
        }
    }
}
