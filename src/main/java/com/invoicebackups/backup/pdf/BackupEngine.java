package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles invoices and their attachments into one PDF, written straight to the given stream: pages
 * of each finished source are stamped and flushed before the next one is opened, so memory stays flat
 * whatever the size of the backup. Framework-free: the job, the tests and the command line use it alike.
 */
public final class BackupEngine {

    /** Told before each invoice is merged. */
    public interface Progress {
        void invoice(int index, int count, String label);

        Progress NONE = (index, count, label) -> { };
    }

    private final Duration sourceBudget;
    private final long maxSourceBytes;

    public BackupEngine() {
        this(SourceOpener.DEFAULT_BUDGET);
    }

    /** {@code sourceBudget}: the work one source may cost before it is abandoned and reported. */
    public BackupEngine(Duration sourceBudget) {
        // a source's streams are held while it is copied; two backups at once, each with sources opened ahead
        this(sourceBudget, Runtime.getRuntime().maxMemory() / 6);
    }

    BackupEngine(Duration sourceBudget, long maxSourceBytes) {
        this.sourceBudget = sourceBudget;
        this.maxSourceBytes = maxSourceBytes;
    }

    public BackupResult compile(BackupRequest request, OutputStream out, Progress progress) {
        if (request.seal() == null) {
            return compileUnsealed(request, out, progress);
        }
        // the signature is computed over the finished file, so the unsigned file is written first
        Path folder = null;
        try {
            folder = Files.createTempDirectory("sealing-");
            Path unsigned = folder.resolve("unsigned.pdf");
            BackupResult result;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(unsigned), 1 << 16)) {
                result = compileUnsealed(request, file, progress);
            }
            if (result.status() != BackupResult.Status.FAILED) {
                request.seal().sign(unsigned, out, request.words(), request.requestedAt(),
                        request.options().coverSheet(), folder);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The backup could not be sealed: " + e.getMessage(), e);
        } finally {
            deleteFolder(folder);
        }
    }

    private BackupResult compileUnsealed(BackupRequest request, OutputStream out, Progress progress) {
        List<List<BackupRequest.Source>> plan = request.invoices().stream().map(invoice -> plan(request, invoice)).toList();

        try (SecondReader secondReader = new SecondReader();
             SourcePrefetcher sources = new SourcePrefetcher(plan.stream().flatMap(List::stream).toList(),
                     new SourceOpener(sourceBudget, maxSourceBytes, secondReader), sourceBudget)) {
            return compile(request, out, progress, plan, sources);
        }
    }

    private BackupResult compile(BackupRequest request, OutputStream out, Progress progress,
                                 List<List<BackupRequest.Source>> plan, SourcePrefetcher sources) {
        Words words = request.words();
        List<String> warnings = new ArrayList<>();
        List<BackupResult.ManifestEntry> manifest = new ArrayList<>();
        List<ContentsPages.Entry> contents = new ArrayList<>();
        List<List<BackupRequest.LeftOut>> leftOut = leftOutOnce(request.invoices());
        int planned = plan.stream().mapToInt(List::size).sum() + leftOut.stream().mapToInt(List::size).sum();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.getDocumentInfo().setTitle(request.title()).setAuthor(request.requestedBy())
                .setCreator(words.get("app.name")).setSubject(words.get("backup.subject"));
        PageText text = new PageText(pdf);
        BackupRequest.Volume volume = request.volume();
        PageStamper stamper = new PageStamper(pdf, text, words,
                volume == null ? null : words.get("backup.volume", volume.number(), volume.count()));
        SourceCopier copier = new SourceCopier(pdf, stamper, text);
        int contentPages = 0;

        // the cover counts what the package came to hold, so it is written last
        PdfPage cover = null;
        if (request.options().coverSheet()) {
            cover = pdf.addNewPage(PageSize.LETTER);
            stamper.stampOwn(cover, pdf.getNumberOfPages());
        }
        if (request.options().coverSheet() && request.reconciliation() != null && (volume == null || volume.first())) {
            ReconciliationPages.write(pdf, request.reconciliation(), words, text, (page, index) -> {
                stamper.stampOwn(page, pdf.getNumberOfPages());
                page.flush();
            });
        }
        ContentsPages contentsPages = ContentsPages.reserve(pdf, planned, words, text);
        int contentsStart = pdf.getNumberOfPages() - contentsPages.pages().size();
        for (int i = 0; i < contentsPages.pages().size(); i++) {
            stamper.stampOwn(contentsPages.pages().get(i), contentsStart + i + 1);
        }

        Map<String, PackageSnapshot.Invoice> held = new LinkedHashMap<>();
        if (volume != null) {
            volume.carried().invoices().forEach(invoice -> held.put(invoice.key(), new PackageSnapshot.Invoice(
                    invoice.key(), invoice.label(), invoice.amount(), invoice.due(),
                    new ArrayList<>(invoice.documents()))));
        }
        int frontPages = pdf.getNumberOfPages();
        List<BackupResult.PageRange> invoicePages = new ArrayList<>();
        PdfOutline root = pdf.getOutlines(false);
        PdfOutline contractOutline = null;
        String currentContract = null;
        for (int i = 0; i < request.invoices().size(); i++) {
            BackupRequest.Invoice invoice = request.invoices().get(i);
            progress.invoice(i, request.invoices().size(), invoice.label());
            int invoiceStart = pdf.getNumberOfPages() + 1;
            PdfOutline invoiceOutline = null;
            PackageSnapshot.Invoice snapshot = held.computeIfAbsent(invoice.key(), key -> new PackageSnapshot.Invoice(key,
                    invoice.displayName(), invoice.amount(), invoice.due(), new ArrayList<>()));
            for (BackupRequest.Source source : plan.get(i)) {
                String name = source.name();
                int firstPage = pdf.getNumberOfPages() + 1;
                Merged merged = merge(sources.next(), copier, stamper, pdf, "d" + contents.size() + "_");
                OpenedSource opened = merged.fate();
                int added = merged.pages();
                String destination = "doc-" + contents.size();
                if (added > 0) {
                    PdfPage first = pdf.getPage(firstPage);
                    pdf.addNamedDestination(destination, PdfExplicitDestination.createFit(first).getPdfObject());
                    if (!Objects.equals(currentContract, invoice.contractNumber()) || contractOutline == null) {
                        currentContract = invoice.contractNumber();
                        contractOutline = root.addOutline(invoice.company().isBlank() ? invoice.contractNumber()
                                : invoice.contractNumber() + " \u00b7 " + invoice.company());
                        contractOutline.addDestination(PdfExplicitDestination.createFit(first));
                    }
                    if (invoiceOutline == null) {
                        invoiceOutline = contractOutline.addOutline(words.get(invoice.ownerInvoice()
                                ? "backup.outline.owner-invoice" : "backup.outline.invoice", invoice.label()));
                        invoiceOutline.addDestination(PdfExplicitDestination.createFit(first));
                    }
                    invoiceOutline.addOutline(name).addDestination(PdfExplicitDestination.createFit(first));
                    for (int page = firstPage; page <= pdf.getNumberOfPages(); page++) {
                        pdf.getPage(page).flush();
                    }
                    contentPages += added;
                }
                contents.add(new ContentsPages.Entry(invoice.key(), invoice.contractNumber(), invoice.company(),
                        invoice.label(), name, destination, added > 0 ? firstPage : null,
                        added > 0 ? null : words.get("backup.contents.left-out")));
                manifest.add(record(invoice.label(), name, opened, added, merged.flattened(), words, warnings));
                snapshot.documents().add(new PackageSnapshot.Document(source.key(), name,
                        source.fingerprint() != null ? source.fingerprint() : manifest.getLast().sha256(),
                        source.fingerprint() != null, source.slot()));
            }
            for (BackupRequest.LeftOut omitted : leftOut.get(i)) {
                contents.add(new ContentsPages.Entry(invoice.key(), invoice.contractNumber(), invoice.company(),
                        invoice.label(), omitted.name(), null, null, words.get("backup.contents.omitted")));
                manifest.add(new BackupResult.ManifestEntry(invoice.label(), omitted.name(), omitted.sha256(), 0,
                        BackupResult.Fate.OMITTED, null, null));
            }
            invoicePages.add(pdf.getNumberOfPages() >= invoiceStart
                    ? new BackupResult.PageRange(invoiceStart, pdf.getNumberOfPages()) : null);
        }
        progress.invoice(request.invoices().size(), request.invoices().size(), "");
        int backStart = pdf.getNumberOfPages() + 1;
        PackageSnapshot now = new PackageSnapshot(List.copyOf(held.values()));
        PackageChanges changes = null;
        if (request.previous() != null && (volume == null || volume.last())) {
            BackupRequest.Previous previous = request.previous();
            PackageChanges changed = PackageChanges.between(previous.snapshot(), now, words);
            String title = words.get("backup.changes.title", previous.fileName(), previous.date());
            PdfPage first = ChangesPages.write(pdf, title, changed, words, text, (page, index) -> {
                stamper.stampOwn(page, pdf.getNumberOfPages());
            });
            root.addOutline(title).addDestination(PdfExplicitDestination.createFit(first));
            for (int page = pdf.getPageNumber(first); page <= pdf.getNumberOfPages(); page++) {
                pdf.getPage(page).flush();
            }
            changes = changed;
        }

        ManifestPages.write(pdf, manifest, request.seal() == null ? null : request.seal().signer(), words, text, (page, index) -> {
            stamper.stampOwn(page, pdf.getNumberOfPages());
            page.flush();
        });
        contentsPages.fill(contents);
        if (cover != null) {
            CoverSheetPage.write(cover, request, CoverSheetPage.Counts.of(contents), text);
        }
        int total = pdf.getNumberOfPages();
        stamper.finish(total);
        pdf.close();

        BackupResult.Status status = contentPages == 0 ? BackupResult.Status.FAILED
                : warnings.isEmpty() ? BackupResult.Status.SUCCEEDED : BackupResult.Status.SUCCEEDED_WITH_WARNINGS;
        if (contentPages == 0) {
            warnings.add(words.get("backup.warning.nothing-merged"));
        }
        return new BackupResult(status, total, List.copyOf(warnings), List.copyOf(manifest), now, changes,
                new BackupResult.Layout(frontPages, java.util.Collections.unmodifiableList(invoicePages), backStart));
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }

    /** What became of one source: its fate for the manifest, the pages it added, whether its form was flattened. */
    private record Merged(OpenedSource fate, int pages, boolean flattened) {
    }

    /** Copies one opened source; whatever it throws costs only itself, and it is closed in any case. */
    private static Merged merge(OpenedSource opened, SourceCopier copier, PageStamper stamper, PdfDocument pdf,
                                String fieldPrefix) {
        try {
            if (opened instanceof OpenedSource.Pdf document) {
                try {
                    // hashed here, before the file it was fetched to is released
                    document.sha256();
                } catch (UncheckedIOException e) {
                    return new Merged(new OpenedSource.LeftOut("backup.reason.unreadable", null, ""), 0, false);
                }
                SourceCopier.Copied copied = copier.copy(document, fieldPrefix);
                pdf.flushCopiedObjects(document.document());
                return new Merged(opened, copied.pages(), copied.flattened());
            }
            if (opened instanceof OpenedSource.Image image) {
                return new Merged(opened, addImage(pdf, image, stamper), false);
            }
            return new Merged(opened, 0, false);
        } catch (SourceCopier.Failed e) {
            return new Merged(new OpenedSource.LeftOut(e.reasonKey, e.getMessage(), opened.sha256()), 0, false);
        } finally {
            if (opened instanceof OpenedSource.Pdf document) {
                document.close();
            }
        }
    }

    /** Each invoice's documents left out by the requester, listed once though its documents be in several entries. */
    private static List<List<BackupRequest.LeftOut>> leftOutOnce(List<BackupRequest.Invoice> invoices) {
        java.util.Set<String> listed = new java.util.HashSet<>();
        return invoices.stream().map(invoice -> listed.add(invoice.key()) ? invoice.leftOut()
                : List.<BackupRequest.LeftOut>of()).toList();
    }

    private static List<BackupRequest.Source> plan(BackupRequest request, BackupRequest.Invoice invoice) {
        List<BackupRequest.Source> sources = new ArrayList<>();
        if (request.options().invoiceDocuments() && invoice.document() != null) {
            sources.add(invoice.document());
        }
        invoice.attachments().stream().filter(request.options()::includes).forEach(sources::add);
        return sources;
    }

    /** The image is embedded before its page is added, so an image that fails costs no page. */
    private static int addImage(PdfDocument pdf, OpenedSource.Image source, PageStamper stamper) {
        PdfImageXObject image;
        try {
            image = new PdfImageXObject(source.image());
            image.makeIndirect(pdf);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new SourceCopier.Failed(e);
        }
        float width = source.image().getWidth();
        float height = source.image().getHeight();
        PdfPage page = pdf.addNewPage(width > height ? PageSize.LETTER.rotate() : PageSize.LETTER);
        Rectangle box = page.getPageSize();
        Rectangle area = new Rectangle(box.getLeft() + 24, box.getBottom() + PageStamper.STRIP + 8,
                box.getWidth() - 48, box.getHeight() - PageStamper.STRIP - 32);
        float scale = Math.min(area.getWidth() / width, area.getHeight() / height);
        float drawnWidth = width * scale;
        float drawnHeight = height * scale;
        new PdfCanvas(page).addXObjectFittedIntoRectangle(image, new Rectangle(
                area.getLeft() + (area.getWidth() - drawnWidth) / 2, area.getBottom() + (area.getHeight() - drawnHeight) / 2,
                drawnWidth, drawnHeight));
        stamper.stampOwn(page, pdf.getNumberOfPages());
        image.flush();
        return 1;
    }

    private static BackupResult.ManifestEntry record(String invoice, String file, OpenedSource opened, int pages,
                                                     boolean flattened, Words words, List<String> warnings) {
        return switch (opened) {
            case OpenedSource.Pdf pdf -> {
                if (pdf.repaired()) {
                    warnings.add(words.get("backup.warning.repaired", invoice, file));
                }
                if (flattened) {
                    warnings.add(words.get("backup.warning.flattened", invoice, file));
                }
                String repair = pdf.repaired() ? words.get(pdf.repairKey()) : null;
                String form = flattened ? words.get("backup.reason.flattened") : null;
                String note = repair == null ? form : form == null ? repair : repair + "; " + form;
                yield new BackupResult.ManifestEntry(invoice, file, pdf.sha256(), pages,
                        pdf.repaired() ? BackupResult.Fate.REPAIRED : BackupResult.Fate.MERGED, note, null);
            }
            case OpenedSource.Image image -> new BackupResult.ManifestEntry(invoice, file, image.sha256(), pages,
                    BackupResult.Fate.MERGED, null, null);
            case OpenedSource.Listed listed -> {
                warnings.add(words.get("backup.warning.listed", invoice, file));
                yield new BackupResult.ManifestEntry(invoice, file, listed.sha256(), 0, BackupResult.Fate.LISTED,
                        words.get(listed.reasonKey()), null);
            }
            case OpenedSource.LeftOut leftOut -> {
                String reason = words.get(leftOut.reasonKey(), leftOut.detail());
                warnings.add(words.get("backup.warning.left-out", invoice, file, reason));
                yield new BackupResult.ManifestEntry(invoice, file, leftOut.sha256(), 0, BackupResult.Fate.LEFT_OUT,
                        reason, leftOut.detail());
            }
        };
    }
}
