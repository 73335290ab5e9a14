package com.invoicebackups.backup;

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
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.document.DocumentStore;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.OwnerInvoice;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.invoicing.SignatureStatus;
import com.invoicebackups.invoicing.SubcontractorInvoice;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.NaturalOrder;
import com.invoicebackups.shared.NotFound;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Turns a selection of invoices in the database into the engine's request: in natural contract order
 * then position, each invoice's signed PDF (when its signature is COMPLETED) or a freshly rendered
 * G702/G703, its attachments in upload order, and the figures for the cover sheet.
 */
@Service
public class BackupAssembler {


    private final ProjectService projects;
    private final InvoiceService invoices;
    private final AttachmentService attachments;
    private final ContractService contracts;
    private final CompanyService companies;
    private final BillingPeriodService periods;
    private final DocumentStore documents;
    private final InvoiceDocumentRenderer renderer = new InvoiceDocumentRenderer();

    BackupAssembler(ProjectService projects, InvoiceService invoices, AttachmentService attachments,
                    ContractService contracts, CompanyService companies, BillingPeriodService periods,
                    DocumentStore documents) {
        this.projects = projects;
        this.invoices = invoices;
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
        Project project = projects.project(userId, projectId);
        projects.access(userId, projectId).require(Tool.COMMITMENTS, Permission.ADMIN);
        List<SubcontractorInvoice> selected = invoiceIds.stream()
                .map(id -> invoices.subcontractorInvoice(userId, id))
                .peek(invoice -> {
                    if (invoice.projectId() != projectId) {
                        throw new NotFound("invoice", invoice.id());
                    }
                })
                .toList();
        Parts parts = new Parts(words, workFolder, project);
        if (arrangement == null) {
            sorted(selected).forEach(invoice -> parts.add(userId, invoice));
        } else {
            java.util.Map<String, SubcontractorInvoice> byKey = new java.util.HashMap<>();
            selected.forEach(invoice -> byKey.put(Arrangement.subcontractorKey(invoice.id()), invoice));
            arrangement.invoices().stream().filter(entry -> entry.included() && byKey.containsKey(entry.invoice()))
                    .forEach(entry -> parts.add(userId, byKey.get(entry.invoice()), entry));
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
        OwnerInvoice owner = invoices.ownerInvoice(userId, ownerInvoiceId);
        Project project = projects.project(userId, owner.projectId());
        PrimeContract prime = contracts.primeContractById(owner.primeContractId());
        String ownerCompany = companies.company(prime.ownerCompanyId()).name();
        Parts parts = new Parts(words, workFolder, project);
        PayApplication application = invoices.ownerPayApplication(userId, ownerInvoiceId);
        Money ownerDue = application.summary().currentPaymentDue();
        String ownerIdentity = "O" + owner.id();
        parts.period(owner.billingPeriodId());
        parts.ownerFigures = Reconciler.Figures.of(prime.number(), ownerCompany, owner.number(), owner.position(),
                application, null).withLines(Reconciler.CostLine.of(application,
                costCodes(contracts.primeContractSov(prime.id()))));

        java.util.Map<String, java.util.function.Consumer<Arrangement.Entry>> adders = new java.util.LinkedHashMap<>();
        adders.put(Arrangement.OWNER_INVOICE, entry -> {
            Path document = parts.render(owner.id(), true, prime.number() + " " + prime.title(), ownerCompany,
                    owner.billingPeriodId(), owner.number(), owner.billingDate(), application);
            Arranged arranged = arranged(parts.rendered(words.get("backup.owner-invoice-document"), document),
                    new java.util.LinkedHashMap<>(), java.util.Map.of(), entry);
            parts.invoices.add(BackupRequest.Invoice.owner(prime.number(), ownerCompany, owner.number(),
                    arranged.document(), List.of(), parts.money(ownerDue), parts.amount(ownerDue),
                    ownerIdentity, arranged.leftOut()));
        });
        if (owner.billingPeriodId() != null) {
            sorted(invoices.approvedInPeriod(userId, owner.projectId(), owner.billingPeriodId())).forEach(invoice ->
                    adders.put(Arrangement.subcontractorKey(invoice.id()), entry -> parts.add(userId, invoice, entry)));
        }
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
        return sorted(invoiceIds.stream().map(id -> invoices.subcontractorInvoice(userId, id))
                .filter(invoice -> invoice.projectId() == projectId).toList()).stream()
                .map(invoice -> planned(userId, invoice, words)).toList();
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
        if (owner.billingPeriodId() != null) {
            sorted(invoices.approvedInPeriod(userId, owner.projectId(), owner.billingPeriodId()))
                    .forEach(invoice -> plan.add(planned(userId, invoice, words)));
        }
        List<PlannedDocument> own = attachments.attachments(userId, InvoiceRef.owner(owner.id())).stream()
                .map(attachment -> new PlannedDocument(Arrangement.attachmentKey(attachment.id()), attachment.fileName(),
                        attachment.typeOrOther().name())).toList();
        if (!own.isEmpty()) {
            plan.add(new PlannedInvoice(Arrangement.OWNER_DOCUMENTS, prime.number(), ownerCompany,
                    words.get("backup.editor.own-documents", owner.number()), own));
        }
        return plan;
    }

    private PlannedInvoice planned(long userId, SubcontractorInvoice invoice, Dictionary words) {
        Subcontract subcontract = contracts.subcontractById(invoice.subcontractId());
        List<PlannedDocument> documents = new ArrayList<>();
        documents.add(new PlannedDocument(Arrangement.INVOICE_DOCUMENT, words.get(signed(invoice)
                ? "backup.signed-invoice-document" : "backup.invoice-document"), null));
        attachments.attachments(userId, InvoiceRef.subcontractor(invoice.id())).forEach(attachment ->
                documents.add(new PlannedDocument(Arrangement.attachmentKey(attachment.id()),
                        attachment.fileName(), attachment.typeOrOther().name())));
        return new PlannedInvoice(Arrangement.subcontractorKey(invoice.id()), subcontract.number(),
                companies.company(subcontract.companyId()).name(), invoice.number(), documents);
    }

    /**
     * What would not reconcile in the backups of these invoices (for an owner backup, each owner invoice's), in
     * the given words: the preflight shows it before anything is compiled.
     */
    public List<String> reconciliationFlags(long userId, long projectId, BackupKind kind, List<Long> ids, Dictionary words) {
        Project project = projects.project(userId, projectId);
        Reconciler reconciler = new Reconciler(words, project.currency());
        if (kind == BackupKind.SUBCONTRACTOR) {
            List<Reconciler.Figures> figures = sorted(ids.stream().map(id -> invoices.subcontractorInvoice(userId, id))
                    .filter(invoice -> invoice.projectId() == projectId).toList()).stream()
                    .map(invoice -> figures(userId, invoice)).toList();
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
            List<Reconciler.Figures> carried = owner.billingPeriodId() == null ? List.of()
                    : sorted(invoices.approvedInPeriod(userId, projectId, owner.billingPeriodId())).stream()
                    .map(invoice -> figures(userId, invoice)).toList();
            flags.addAll(reconciler.reconcile(carried, ownerFigures).flags());
        }
        return flags;
    }

    private Reconciler.Figures figures(long userId, SubcontractorInvoice invoice) {
        Subcontract subcontract = contracts.subcontractById(invoice.subcontractId());
        return figures(invoice, subcontract, companies.company(subcontract.companyId()).name(),
                invoices.payApplication(userId, invoice.id()));
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

    /** An invoice's figures; a signed document is read for the amount it states as due. */
    private Reconciler.Figures figures(SubcontractorInvoice invoice, Subcontract subcontract, String company,
                                       PayApplication application) {
        BigDecimal stated = signed(invoice) ? statedAmount(invoice.signedDocumentKey())
                : null;
        return Reconciler.Figures.of(subcontract.number(), company, invoice.number(), invoice.position(), application,
                stated);
    }

    private static java.util.Map<Long, String> costCodes(List<SovLine> schedule) {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        schedule.stream().filter(line -> line.costCode() != null).forEach(line -> codes.put(line.id(), line.costCode()));
        return codes;
    }

    private static boolean signed(SubcontractorInvoice invoice) {
        return invoice.signatureStatus() == SignatureStatus.COMPLETED && invoice.signedDocumentKey() != null;
    }

    private record Ordered(String contractNumber, SubcontractorInvoice invoice) {
    }

    /** Natural contract number order (SC-2 before SC-10), then position on the contract. */
    private List<SubcontractorInvoice> sorted(List<SubcontractorInvoice> selection) {
        return selection.stream()
                .map(invoice -> new Ordered(contracts.subcontractById(invoice.subcontractId()).number(), invoice))
                .sorted(Comparator.comparing(Ordered::contractNumber, NaturalOrder.COMPARATOR)
                        .thenComparingInt(ordered -> ordered.invoice().position()))
                .map(Ordered::invoice)
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
            Parts parts = new Parts(words, workFolder, projects.project(userId, owner.projectId()));
            return parts.render(owner.id(), true, prime.number() + " " + prime.title(),
                    companies.company(prime.ownerCompanyId()).name(), owner.billingPeriodId(), owner.number(),
                    owner.billingDate(), invoices.ownerPayApplication(userId, ref.id()));
        }
        SubcontractorInvoice invoice = invoices.subcontractorInvoice(userId, ref.id());
        Subcontract subcontract = contracts.subcontractById(invoice.subcontractId());
        Parts parts = new Parts(words, workFolder, projects.project(userId, invoice.projectId()));
        return inFolder(parts.document(invoice, subcontract, companies.company(subcontract.companyId()).name(),
                invoices.payApplication(userId, ref.id())), workFolder);
    }

    /** The request being built: invoices in order, and the sums for the cover sheet. */
    private final class Parts {
        private final Dictionary words;
        private final Path workFolder;
        private final Project project;
        private final List<BackupRequest.Invoice> invoices = new ArrayList<>();
        private final Set<Long> periodIds = new LinkedHashSet<>();
        private final List<Reconciler.Figures> figures = new ArrayList<>();
        private final java.util.Map<Path, String> fingerprints = new java.util.HashMap<>();
        private Reconciler.Figures ownerFigures;

        Parts(Dictionary words, Path workFolder, Project project) {
            this.words = words;
            this.workFolder = workFolder;
            this.project = project;
        }

        void add(long userId, SubcontractorInvoice invoice) {
            add(userId, invoice, null);
        }

        /** {@code arranged}: the package editor's order, exclusions and titles for this invoice; null for none. */
        void add(long userId, SubcontractorInvoice invoice, Arrangement.Entry arranged) {
            Subcontract subcontract = contracts.subcontractById(invoice.subcontractId());
            String company = companies.company(subcontract.companyId()).name();
            PayApplication application = BackupAssembler.this.invoices.payApplication(userId, invoice.id());
            BackupRequest.Source document = document(invoice, subcontract, company, application);
            List<Attachment> own = attachments.attachments(userId, InvoiceRef.subcontractor(invoice.id()));
            Arranged arrangedParts = arranged(document, attached(own), shas(own), arranged);
            Money due = application.summary().currentPaymentDue();
            invoices.add(new BackupRequest.Invoice(subcontract.number(), company, invoice.number(),
                    arrangedParts.document(), arrangedParts.attachments(), false, money(due),
                    amount(due), "S" + invoice.id(), arrangedParts.leftOut()));
            Reconciler.Figures invoiceFigures = figures(invoice, subcontract, company, application);
            figures.add(ownerFigures == null ? invoiceFigures : invoiceFigures.withLines(Reconciler.CostLine.of(
                    application, costCodes(contracts.subcontractSov(subcontract.id())))));
            if (ownerFigures == null) {
                // an owner backup's cover states the owner invoice's period; its subcontractor invoices are backup
                period(invoice.billingPeriodId());
            }
        }

        /** The signed PDF when the signature is COMPLETED, otherwise the rendered G702/G703. */
        BackupRequest.Source document(SubcontractorInvoice invoice, Subcontract subcontract, String company,
                                      PayApplication application) {
            if (signed(invoice)) {
                return new BackupRequest.Source(words.get("backup.signed-invoice-document"), null,
                        new StoredSource(documents, invoice.signedDocumentKey()), null, Arrangement.INVOICE_DOCUMENT,
                        Arrangement.INVOICE_DOCUMENT);
            }
            return rendered(words.get("backup.invoice-document"),
                    render(invoice.id(), false, subcontract.number() + " " + subcontract.title(), company,
                            invoice.billingPeriodId(), invoice.number(), invoice.billingDate(), application));
        }

        void period(Long periodId) {
            if (periodId != null) {
                periodIds.add(periodId);
            }
        }

        private String money(Money amount) {
            return words.formats().money(amount, project.currency());
        }

        /** A plain number and the currency: what the next package compares, and shows in its reader's formats. */
        private String amount(Money amount) {
            return amount.amount().toPlainString() + " " + project.currency();
        }

        Path render(long id, boolean ownerInvoice, String contract, String company, Long periodId, String number,
                    java.time.LocalDate billingDate, PayApplication application) {
            Path file = workFolder.resolve((ownerInvoice ? "owner" : "sub") + "-invoice-" + id + ".pdf");
            InvoiceDocumentRenderer.InvoiceSheet sheet = new InvoiceDocumentRenderer.InvoiceSheet(ownerInvoice,
                    project.title(), contract, company, periodId == null ? "" : periods.period(periodId).in(words.formats()),
                    number, words.formats().date(billingDate), project.currency(), application);
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.render(sheet, words, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // what the document shows, whatever the words and formats it is shown in
            fingerprints.put(file, fingerprint(ownerInvoice, id, contract, company, periodId, number, billingDate,
                    project.currency(), application));
            return file;
        }

        /** A rendered document, known to a later package by what it shows rather than by its bytes. */
        BackupRequest.Source rendered(String name, Path file) {
            return new BackupRequest.Source(name, null, SourceContent.of(file), fingerprints.get(file),
                    Arrangement.INVOICE_DOCUMENT, Arrangement.INVOICE_DOCUMENT);
        }

        BackupRequest request(String title, String requestedBy, ZonedDateTime at, BackupRequest.Options options) {
            List<String> periodLabels = periodIds.stream().map(id -> periods.period(id).in(words.formats())).toList();
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

    /** The amount due a signed document states, read from a local copy of it. */
    private BigDecimal statedAmount(String key) {
        try (DocumentStore.LocalCopy copy = documents.local(key)) {
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
