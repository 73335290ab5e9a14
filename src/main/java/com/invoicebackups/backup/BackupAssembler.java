package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupEngine;
import com.invoicebackups.backup.pdf.BackupRequest;
import com.invoicebackups.backup.pdf.InvoiceDocumentRenderer;
import com.invoicebackups.backup.pdf.SourceContent;
import com.invoicebackups.backup.pdf.SourceJudge;
import com.invoicebackups.backup.pdf.StatedAmount;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
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
import com.invoicebackups.invoicing.InvoicesForBackup;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectAccess;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NaturalOrder;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * Turns a selection of invoices in the database into the engine's request: in natural contract order
 * then position, each invoice's signed PDF (when its signature is COMPLETED) or a freshly rendered
 * G702/G703, its attachments in upload order, and the figures for the cover sheet. The selection's data is read
 * at once ({@link InvoicesForBackup}), so what it costs does not grow with the square of a contract's invoices.
 */
@Service
public class BackupAssembler {


    private final ProjectService projects;
    private final InvoiceService invoices;
    private final InvoicesForBackup carried;
    private final AttachmentService attachments;
    private final ContractService contracts;
    private final CompanyService companies;
    private final BillingPeriodService periods;
    private final DocumentStore documents;
    private final InvoiceDocumentRenderer renderer = new InvoiceDocumentRenderer();

    BackupAssembler(ProjectService projects, InvoiceService invoices, InvoicesForBackup carried,
                    AttachmentService attachments, ContractService contracts, CompanyService companies,
                    BillingPeriodService periods, DocumentStore documents) {
        this.projects = projects;
        this.invoices = invoices;
        this.carried = carried;
        this.attachments = attachments;
        this.contracts = contracts;
        this.companies = companies;
        this.periods = periods;
        this.documents = documents;
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
        List<InvoiceForBackup> selected = carried.selected(userId, projectId, invoiceIds);
        Parts parts = new Parts(words, workFolder, project);
        parts.renderAhead(selected, progress);
        if (arrangement == null) {
            sorted(selected).forEach(parts::add);
        } else {
            Map<String, InvoiceForBackup> byKey = new java.util.HashMap<>();
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
        OwnerInvoice owner = invoices.ownerInvoice(userId, ownerInvoiceId);
        Project project = projects.projectById(owner.projectId());
        PrimeContract prime = contracts.primeContractById(owner.primeContractId());
        String ownerCompany = companies.company(prime.ownerCompanyId()).name();
        Parts parts = new Parts(words, workFolder, project);
        PayApplication application = invoices.ownerPayApplication(userId, ownerInvoiceId);
        Money ownerDue = application.summary().currentPaymentDue();
        String ownerIdentity = "O" + owner.id();
        BillingPeriod ownerPeriod = owner.billingPeriodId() == null ? null : periods.period(owner.billingPeriodId());
        parts.period(ownerPeriod);
        parts.ownerFigures = Reconciler.Figures.of(prime.number(), ownerCompany, owner.number(), owner.position(),
                application, null).withLines(Reconciler.CostLine.of(application,
                costCodes(contracts.primeContractSov(prime.id()))));

        java.util.Map<String, java.util.function.Consumer<Arrangement.Entry>> adders = new java.util.LinkedHashMap<>();
        adders.put(Arrangement.OWNER_INVOICE, entry -> {
            Path document = parts.render(owner.id(), true, prime.number() + " " + prime.title(), ownerCompany,
                    ownerPeriod, owner.number(), owner.billingDate(), application);
            Arranged arranged = arranged(parts.rendered(words.get("backup.owner-invoice-document"), document),
                    new java.util.LinkedHashMap<>(), java.util.Map.of(), entry);
            parts.invoices.add(BackupRequest.Invoice.owner(prime.number(), ownerCompany, owner.number(),
                    arranged.document(), List.of(), parts.money(ownerDue), parts.amount(ownerDue),
                    ownerIdentity, arranged.leftOut()));
        });
        List<InvoiceForBackup> approved = sorted(approvedInPeriod(userId, owner));
        parts.renderAhead(approved, progress);
        approved.forEach(invoice ->
                adders.put(Arrangement.subcontractorKey(invoice.invoice().id()), entry -> parts.add(invoice, entry)));
        List<Attachment> own = attachments.attachments(userId, InvoiceRef.owner(owner.id()));
        if (!own.isEmpty()) {
            adders.put(Arrangement.OWNER_DOCUMENTS, entry -> {
                Arranged arranged = arranged(null, attached(own), shas(own), entry);
                parts.invoices.add(BackupRequest.Invoice.owner(prime.number(), ownerCompany, owner.number(), null,
                        arranged.attachments(), parts.money(ownerDue), parts.amount(ownerDue),
                        ownerIdentity, arranged.leftOut()));
            });
        }
        if (arrangement == null) {
            adders.values().forEach(adder -> adder.accept(null));
        } else {
            for (Arrangement.Entry entry : arrangement.invoices()) {
                java.util.function.Consumer<Arrangement.Entry> adder = adders.remove(entry.invoice());
                if (adder != null && entry.included()) {
                    adder.accept(entry);
                }
            }
            adders.values().forEach(adder -> adder.accept(null));
        }
        return parts.request(words.get("backup.owner-title"), companies.user(userId).displayName(), at, options);
    }

    /**
     * An invoice's document and attachments after the package editor: in its order, without what it left out, and
     * what it left out.
     */
    private record Arranged(BackupRequest.Source document, List<BackupRequest.Source> attachments,
                            List<BackupRequest.LeftOut> leftOut) {
    }

    /**
     * Applies the editor's entry for one invoice ({@code attached} by attachment key, in upload order); documents it
     * does not name (uploaded since) come last. No entry: as they are.
     */
    private static Arranged arranged(BackupRequest.Source document, java.util.Map<String, BackupRequest.Source> attached,
                                     java.util.Map<String, String> shas, Arrangement.Entry entry) {
        if (entry == null) {
            return new Arranged(document, List.copyOf(attached.values()), List.of());
        }
        java.util.Map<String, BackupRequest.Source> left = new java.util.LinkedHashMap<>(attached);
        List<BackupRequest.Source> ordered = new ArrayList<>();
        List<BackupRequest.LeftOut> leftOut = new ArrayList<>();
        BackupRequest.Source kept = document;
        for (Arrangement.Document chosen : entry.documents()) {
            BackupRequest.Source source = chosen.key().equals(Arrangement.INVOICE_DOCUMENT) ? document
                    : left.remove(chosen.key());
            if (source == null) {
                continue;
            }
            if (!chosen.included()) {
                leftOut.add(new BackupRequest.LeftOut(source.name(), source.key(), shas.get(chosen.key())));
            }
            if (chosen.key().equals(Arrangement.INVOICE_DOCUMENT)) {
                kept = chosen.included() ? titled(document, chosen.title()) : null;
            } else if (chosen.included()) {
                ordered.add(titled(source, chosen.title()));
            }
        }
        ordered.addAll(left.values());
        return new Arranged(kept, List.copyOf(ordered), List.copyOf(leftOut));
    }

    /** Attachments as sources, by their keys in an {@link Arrangement}, in upload order. */
    private java.util.Map<String, BackupRequest.Source> attached(List<Attachment> list) {
        java.util.Map<String, BackupRequest.Source> attached = new java.util.LinkedHashMap<>();
        list.forEach(attachment -> attached.put(Arrangement.attachmentKey(attachment.id()), source(attachment)));
        return attached;
    }

    private static java.util.Map<String, String> shas(List<Attachment> list) {
        java.util.Map<String, String> shas = new java.util.HashMap<>();
        list.forEach(attachment -> shas.put(Arrangement.attachmentKey(attachment.id()), attachment.sha256()));
        return shas;
    }

    /** An invoice as the package editor shows it, with its documents in natural order; {@code key}: its key in an
     * {@link Arrangement}. */
    public record PlannedInvoice(String key, String contractNumber, String company, String number,
                                 List<PlannedDocument> documents) {
    }

    /** {@code type}: the attachment's document type; null for the invoice document. */
    public record PlannedDocument(String key, String name, String type) {
    }

    /** The selection as a subcontractor backup would hold it, for the package editor; nothing is rendered. */
    public List<PlannedInvoice> plan(long userId, long projectId, List<Long> invoiceIds, Dictionary words) {
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        return sorted(carried.selected(userId, projectId, invoiceIds)).stream()
                .map(invoice -> planned(invoice, words)).toList();
    }

    /** An owner backup as the package editor shows it: the owner invoice, what it carries, its own documents. */
    public List<PlannedInvoice> ownerPlan(long userId, long ownerInvoiceId, Dictionary words) {
        OwnerInvoice owner = invoices.ownerInvoice(userId, ownerInvoiceId);
        projects.access(userId, owner.projectId()).requireCompiles(true);
        PrimeContract prime = contracts.primeContractById(owner.primeContractId());
        String ownerCompany = companies.company(prime.ownerCompanyId()).name();
        List<PlannedInvoice> plan = new ArrayList<>();
        plan.add(new PlannedInvoice(Arrangement.OWNER_INVOICE, prime.number(), ownerCompany, owner.number(),
                List.of(new PlannedDocument(Arrangement.INVOICE_DOCUMENT, words.get("backup.owner-invoice-document"),
                        null))));
        sorted(approvedInPeriod(userId, owner)).forEach(invoice -> plan.add(planned(invoice, words)));
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

    /** The APPROVED subcontractor invoices of the owner invoice's billing period, with their data; none without one. */
    private List<InvoiceForBackup> approvedInPeriod(long userId, OwnerInvoice owner) {
        return owner.billingPeriodId() == null ? List.of()
                : carried.approvedInPeriod(userId, owner.projectId(), owner.billingPeriodId());
    }

    /** The project, for who may compile its subcontractor backups. */
    private Project compilable(long userId, long projectId) {
        ProjectAccess access = projects.access(userId, projectId);
        access.require(Tool.COMMITMENTS, Permission.ADMIN);
        return projects.projectById(projectId);
    }

    /**
     * What would not reconcile in the backups of these invoices (for an owner backup, each owner invoice's), in
     * the given words: the preflight shows it before anything is compiled.
     */
    public List<String> reconciliationFlags(long userId, long projectId, BackupKind kind, List<Long> ids, Dictionary words) {
        Project project = projects.projectById(projectId);
        Reconciler reconciler = new Reconciler(words, project.currency());
        if (kind == BackupKind.SUBCONTRACTOR) {
            List<Reconciler.Figures> figures = sorted(carried.selected(userId, projectId, ids)).stream()
                    .map(this::figures).toList();
            return reconciler.reconcile(figures, null).flags();
        }
        List<String> flags = new ArrayList<>();
        for (long id : ids) {
            OwnerInvoice owner = invoices.ownerInvoice(userId, id);
            if (owner.projectId() != projectId) {
                continue;
            }
            PrimeContract prime = contracts.primeContractById(owner.primeContractId());
            Reconciler.Figures ownerFigures = Reconciler.Figures.of(prime.number(),
                    companies.company(prime.ownerCompanyId()).name(), owner.number(), owner.position(),
                    invoices.ownerPayApplication(userId, id), null);
            List<Reconciler.Figures> carriedFigures = sorted(approvedInPeriod(userId, owner)).stream()
                    .map(this::figures).toList();
            flags.addAll(reconciler.reconcile(carriedFigures, ownerFigures).flags());
        }
        return flags;
    }

    /**
     * "Subcontractor invoice backup - {project name} - {project number} - {yyyy-MM-dd} - {HH.mm}.pdf", in the user's
     * words, at most {@link #MAX_FILE_NAME} characters: a long project name (then number) is cut short with an
     * ellipsis, the date, time and extension always stay.
     */
    public static String fileName(BackupKind kind, Project project, Dictionary words, ZonedDateTime at) {
        String key = kind == BackupKind.OWNER ? "backup.owner-file-name" : "backup.file-name";
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(at);
        String time = DateTimeFormatter.ofPattern("HH.mm").format(at);
        String name = project.name();
        String number = project.number();
        String fileName = words.get(key, name, number, date, time);
        if (fileName.length() > MAX_FILE_NAME) {
            name = shortened(name, fileName.length() - MAX_FILE_NAME);
            fileName = words.get(key, name, number, date, time);
        }
        if (fileName.length() > MAX_FILE_NAME) {
            number = shortened(number, fileName.length() - MAX_FILE_NAME);
            fileName = words.get(key, name, number, date, time);
        }
        return fileName;
    }

    /** Fits the backup's file_name column (300) and the 255-character name limit of common file systems. */
    static final int MAX_FILE_NAME = 255;

    /** {@code text} with at least {@code excess} characters fewer, ending in an ellipsis, never splitting a character. */
    private static String shortened(String text, int excess) {
        int keep = Math.max(0, text.length() - excess - 1);
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + "\u2026";
    }

    /** The source under the title the package editor gave it; the stored file keeps its name. */
    private static BackupRequest.Source titled(BackupRequest.Source source, String title) {
        return source == null || title == null || title.isBlank() ? source : source.titled(title.strip());
    }

    /** An invoice's figures, with the amount due its signed document states. */
    private Reconciler.Figures figures(InvoiceForBackup invoice) {
        return Reconciler.Figures.of(invoice.subcontract().number(), invoice.company(), invoice.invoice().number(),
                invoice.invoice().position(), invoice.application(), statedAmount(invoice.signedDocument()));
    }

    private static java.util.Map<Long, String> costCodes(List<SovLine> schedule) {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        schedule.stream().filter(line -> line.costCode() != null).forEach(line -> codes.put(line.id(), line.costCode()));
        return codes;
    }

    /** Natural contract number order (SC-2 before SC-10), then position on the contract. */
    private static List<InvoiceForBackup> sorted(List<InvoiceForBackup> selection) {
        return selection.stream()
                .sorted(Comparator.comparing((InvoiceForBackup invoice) -> invoice.subcontract().number(),
                                NaturalOrder.COMPARATOR)
                        .thenComparingInt(invoice -> invoice.invoice().position()))
                .toList();
    }

    /** An attachment, trusted as proven when the current proof passed its bytes at upload. */
    private BackupRequest.Source source(Attachment attachment) {
        BackupRequest.Source source = new BackupRequest.Source(attachment.fileName(), attachment.typeOrOther().name(),
                new StoredSource(documents, attachment.storageKey(), attachment.sizeBytes()), null,
                "A" + attachment.id(), "file:" + attachment.fileName());
        return Integer.valueOf(SourceJudge.PROOF_VERSION).equals(attachment.proofVersion())
                ? source.proven(attachment.sha256()) : source;
    }

    /**
     * The invoice document exactly as a backup would show it, for a preview; a rendered one is written into
     * {@code workFolder}, a signed one is the stored file itself.
     */
    public Path invoiceDocument(long userId, InvoiceRef ref, Dictionary words, Path workFolder) {
        if (ref.kind() == InvoiceRef.Kind.OWNER) {
            OwnerInvoice owner = invoices.ownerInvoice(userId, ref.id());
            PrimeContract prime = contracts.primeContractById(owner.primeContractId());
            Parts parts = new Parts(words, workFolder, projects.projectById(owner.projectId()));
            return parts.render(owner.id(), true, prime.number() + " " + prime.title(),
                    companies.company(prime.ownerCompanyId()).name(),
                    owner.billingPeriodId() == null ? null : periods.period(owner.billingPeriodId()), owner.number(),
                    owner.billingDate(), invoices.ownerPayApplication(userId, ref.id()));
        }
        long projectId = invoices.subcontractorInvoice(userId, ref.id()).projectId();
        InvoiceForBackup invoice = carried.selected(userId, projectId, List.of(ref.id())).getFirst();
        Parts parts = new Parts(words, workFolder, projects.projectById(projectId));
        return inFolder(parts.document(invoice), workFolder);
    }

    /** The request being built: invoices in order, and the sums for the cover sheet. */
    private final class Parts {
        private final Dictionary words;
        private final Path workFolder;
        private final Project project;
        private final List<BackupRequest.Invoice> invoices = new ArrayList<>();
        private final Map<Long, BillingPeriod> periods = new LinkedHashMap<>();
        private final List<Reconciler.Figures> figures = new ArrayList<>();
        private final Map<Path, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Long, Path> renderedAhead = new java.util.concurrent.ConcurrentHashMap<>();
        private Reconciler.Figures ownerFigures;

        Parts(Dictionary words, Path workFolder, Project project) {
            this.words = words;
            this.workFolder = workFolder;
            this.project = project;
        }

        void add(InvoiceForBackup invoice) {
            add(invoice, null);
        }

        /** {@code arranged}: the package editor's order, exclusions and titles for this invoice; null for none. */
        void add(InvoiceForBackup invoice, Arrangement.Entry arranged) {
            List<Attachment> own = invoice.attachments();
            Arranged arrangedParts = arranged(document(invoice), attached(own), shas(own), arranged);
            Money due = invoice.application().summary().currentPaymentDue();
            invoices.add(new BackupRequest.Invoice(invoice.subcontract().number(), invoice.company(),
                    invoice.invoice().number(), arrangedParts.document(), arrangedParts.attachments(), false,
                    money(due), amount(due), "S" + invoice.invoice().id(), arrangedParts.leftOut()));
            Reconciler.Figures invoiceFigures = figures(invoice);
            figures.add(ownerFigures == null ? invoiceFigures : invoiceFigures.withLines(Reconciler.CostLine.of(
                    invoice.application(), costCodes(invoice.schedule()))));
            if (ownerFigures == null) {
                // an owner backup's cover states the owner invoice's period; its subcontractor invoices are backup
                period(invoice.period());
            }
        }

        /**
         * The signed PDF when the signature is COMPLETED (trusted as proven when the current proof passed it as it
         * was recorded), otherwise the rendered G702/G703.
         */
        BackupRequest.Source document(InvoiceForBackup invoice) {
            InvoiceForBackup.SignedDocument signed = invoice.signedDocument();
            if (signed != null) {
                BackupRequest.Source source = new BackupRequest.Source(words.get("backup.signed-invoice-document"),
                        null, new StoredSource(documents, signed.key()), null, Arrangement.INVOICE_DOCUMENT,
                        Arrangement.INVOICE_DOCUMENT);
                return Integer.valueOf(SourceJudge.PROOF_VERSION).equals(signed.proofVersion())
                        ? source.proven(signed.sha256()) : source;
            }
            Path ahead = renderedAhead.get(invoice.invoice().id());
            return rendered(words.get("backup.invoice-document"), ahead != null ? ahead : render(invoice));
        }

        /**
         * Renders the G702/G703 of these invoices (those without a signed document) side by side, on as many
         * threads as there are cores: rendering is most of what a compile of many invoices costs before its first
         * page is written. Progress is told on this thread after each document, and may stop the rest by throwing.
         */
        void renderAhead(List<InvoiceForBackup> selection, BackupEngine.Progress progress) {
            List<InvoiceForBackup> unsigned = selection.stream().filter(invoice -> invoice.signedDocument() == null)
                    .toList();
            ExecutorService renderers = Executors.newFixedThreadPool(
                    Math.max(1, Math.min(unsigned.size(), Runtime.getRuntime().availableProcessors())));
            try {
                CompletionService<Void> rendered = new ExecutorCompletionService<>(renderers);
                unsigned.forEach(invoice -> rendered.submit(() -> {
                    renderedAhead.put(invoice.invoice().id(), render(invoice));
                    return null;
                }));
                for (int done = 1; done <= unsigned.size(); done++) {
                    rendered.take().get();
                    progress.invoice(0, 1, words.get("backup.progress.rendering", done, unsigned.size()));
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rendering", e);
            } finally {
                renderers.shutdownNow();
                try {
                    // a document being written when rendering stopped is done before its folder goes
                    renderers.awaitTermination(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private Path render(InvoiceForBackup invoice) {
            SubcontractorInvoice record = invoice.invoice();
            return render(record.id(), false, invoice.subcontract().number() + " " + invoice.subcontract().title(),
                    invoice.company(), invoice.period(), record.number(), record.billingDate(), invoice.application());
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

        Path render(long id, boolean ownerInvoice, String contract, String company, BillingPeriod period,
                    String number, java.time.LocalDate billingDate, PayApplication application) {
            Path file = workFolder.resolve((ownerInvoice ? "owner" : "sub") + "-invoice-" + id + ".pdf");
            InvoiceDocumentRenderer.InvoiceSheet sheet = new InvoiceDocumentRenderer.InvoiceSheet(ownerInvoice,
                    project.title(), contract, company, period == null ? "" : period.in(words.formats()),
                    number, words.formats().date(billingDate), project.currency(), application);
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.render(sheet, words, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // what the document shows, whatever the words and formats it is shown in
            fingerprints.put(file, fingerprint(ownerInvoice, id, contract, company, period == null ? null : period.id(),
                    number, billingDate,
                    project.currency(), application));
            return file;
        }

        /** A rendered document, known to a later package by what it shows rather than by its bytes. */
        BackupRequest.Source rendered(String name, Path file) {
            return new BackupRequest.Source(name, null, SourceContent.of(file), fingerprints.get(file),
                    Arrangement.INVOICE_DOCUMENT, Arrangement.INVOICE_DOCUMENT);
        }

        BackupRequest request(String title, String requestedBy, ZonedDateTime at, BackupRequest.Options options) {
            List<String> periodLabels = periods.values().stream().map(period -> period.in(words.formats())).toList();
            Reconciler.Figures total = ownerFigures != null ? ownerFigures : Reconciler.total(figures);
            return new BackupRequest(title + " - " + project.title(), requestedBy, at, words, options,
                    new BackupRequest.Cover(project.title(), periodLabels, money(total.work()),
                            money(total.retainage()), money(total.due())),
                    List.copyOf(invoices)).reconciled(reconciliation());
        }

        BackupRequest.Reconciliation reconciliation() {
            return new Reconciler(words, project.currency()).reconcile(figures, ownerFigures);
        }
    }

    private static String fingerprint(Object... facts) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Object fact : facts) {
                sha.update(String.valueOf(fact).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The amount due a signed document states: learnt when it was recorded, else (recorded before that was kept) read
     * from a local copy of it.
     */
    private BigDecimal statedAmount(InvoiceForBackup.SignedDocument signed) {
        if (signed == null) {
            return null;
        }
        if (signed.learnt()) {
            return signed.statedAmountDue();
        }
        try (DocumentStore.LocalCopy copy = documents.local(signed.key())) {
            return StatedAmount.currentPaymentDue(copy.path()).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source's file in the folder: a rendered one is there already, a stored one is copied in. */
    private static Path inFolder(BackupRequest.Source source, Path folder) {
        try (SourceContent.Local local = source.content().fetch()) {
            if (local.path().startsWith(folder)) {
                return local.path();
            }
            return Files.copy(local.path(), folder.resolve("document.pdf"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
