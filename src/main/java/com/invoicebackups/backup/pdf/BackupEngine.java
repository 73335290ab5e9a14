package com.invoicebackups.backup.pdf;

import com.invoicebackups.terminology.Dictionary;
import com.itextpdf.forms.PdfPageFormCopier;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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

    public BackupResult compile(BackupRequest request, OutputStream out, Progress progress) {
        List<List<BackupRequest.Source>> plan = request.invoices().stream().map(invoice -> plan(request, invoice)).toList();

        try (SourcePrefetcher sources = new SourcePrefetcher(plan.stream().flatMap(List::stream).toList())) {
            return compile(request, out, progress, plan, sources);
        }
    }

    private BackupResult compile(BackupRequest request, OutputStream out, Progress progress,
                                 List<List<BackupRequest.Source>> plan, SourcePrefetcher sources) {
        Dictionary words = request.dictionary();
        List<String> warnings = new ArrayList<>();
        List<BackupResult.ManifestEntry> manifest = new ArrayList<>();
        List<ContentsPages.Entry> contents = new ArrayList<>();
        int planned = plan.stream().mapToInt(List::size).sum();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.getDocumentInfo().setTitle(request.title()).setAuthor(request.requestedBy())
                .setCreator(words.get("app.name")).setSubject(words.get("backup.subject"));
        PageText text = new PageText(pdf);
        PageStamper stamper = new PageStamper(pdf, text, words);
        int contentPages = 0;

        if (request.options().coverSheet()) {
            PdfPage cover = pdf.addNewPage(PageSize.LETTER);
            CoverSheetPage.write(cover, request, request.invoices().size(), planned, text);
            stamper.stampOwn(cover, pdf.getNumberOfPages());
            cover.flush();
        }
        ContentsPages contentsPages = ContentsPages.reserve(pdf, planned, words, text);
        int contentsStart = pdf.getNumberOfPages() - contentsPages.pages().size();
        for (int i = 0; i < contentsPages.pages().size(); i++) {
            stamper.stampOwn(contentsPages.pages().get(i), contentsStart + i + 1);
        }

        PdfOutline root = pdf.getOutlines(false);
        PdfOutline contractOutline = null;
        String currentContract = null;
        for (int i = 0; i < request.invoices().size(); i++) {
            BackupRequest.Invoice invoice = request.invoices().get(i);
            progress.invoice(i, request.invoices().size(), invoice.label());
            PdfOutline invoiceOutline = null;
            for (BackupRequest.Source source : plan.get(i)) {
                String name = source.name();
                OpenedSource opened = sources.next();
                int firstPage = pdf.getNumberOfPages() + 1;
                OpenedSource original = opened;
                int added = 0;
                try {
                    added = switch (opened) {
                        case OpenedSource.Pdf document -> mergePdf(pdf, document, stamper, contents.size());
                        case OpenedSource.Image image -> addImage(pdf, image, stamper);
                        default -> 0;
                    };
                } catch (CopyFailed e) {
                    opened = new OpenedSource.LeftOut("backup.reason.damaged", e.getMessage(), opened.sha256());
                }
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
                        invoiceOutline = contractOutline.addOutline(words.get("backup.outline.invoice", invoice.label()));
                        invoiceOutline.addDestination(PdfExplicitDestination.createFit(first));
                    }
                    invoiceOutline.addOutline(name).addDestination(PdfExplicitDestination.createFit(first));
                    for (int page = firstPage; page <= pdf.getNumberOfPages(); page++) {
                        pdf.getPage(page).flush();
                    }
                    contentPages += added;
                }
                if (original instanceof OpenedSource.Pdf document) {
                    if (added > 0) {
                        pdf.flushCopiedObjects(document.document());
                    }
                    document.close();
                }
                contents.add(new ContentsPages.Entry(invoice.contractNumber(), invoice.company(), invoice.label(), name,
                        destination, added > 0 ? firstPage : null));
                manifest.add(record(invoice.label(), name, opened, added, words, warnings));
            }
        }
        progress.invoice(request.invoices().size(), request.invoices().size(), "");

        ManifestPages.write(pdf, manifest, words, text, (page, index) -> {
            stamper.stampOwn(page, pdf.getNumberOfPages());
            page.flush();
        });
        contentsPages.fill(contents);
        int total = pdf.getNumberOfPages();
        stamper.finish(total);
        pdf.close();

        BackupResult.Status status = contentPages == 0 ? BackupResult.Status.FAILED
                : warnings.isEmpty() ? BackupResult.Status.SUCCEEDED : BackupResult.Status.SUCCEEDED_WITH_WARNINGS;
        if (contentPages == 0) {
            warnings.add(words.get("backup.warning.nothing-merged"));
        }
        return new BackupResult(status, total, List.copyOf(warnings), List.copyOf(manifest));
    }

    private static List<BackupRequest.Source> plan(BackupRequest request, BackupRequest.Invoice invoice) {
        List<BackupRequest.Source> sources = new ArrayList<>();
        if (request.options().invoiceDocuments() && invoice.document() != null) {
            sources.add(invoice.document());
        }
        invoice.attachments().stream().filter(request.options()::includes).forEach(sources::add);
        return sources;
    }

    /**
     * Copies every page of one source, or none: pages are checked and stamped before anything is
     * flushed, so a source that fails half-way is removed again and costs only its own pages.
     */
    private static int mergePdf(PdfDocument pdf, OpenedSource.Pdf source, PageStamper stamper, int documentIndex) {
        int before = pdf.getNumberOfPages();
        PdfDocument document = source.document();
        try {
            boolean hasForm = renameFormFields(document, "d" + documentIndex + "_");
            List<PdfPage> copied = hasForm
                    ? document.copyPagesTo(1, source.pages(), pdf, new PdfPageFormCopier())
                    : document.copyPagesTo(1, source.pages(), pdf);
            if (copied.size() != source.pages()) {
                throw new IllegalStateException("copied " + copied.size() + " of " + source.pages() + " pages");
            }
            for (int i = 0; i < copied.size(); i++) {
                // numbered by position: pdf.getPageNumber searches all pages and would make merging quadratic
                stamper.stampCopied(copied.get(i), before + i + 1);
            }
            return copied.size();
        } catch (RuntimeException | StackOverflowError e) {
            for (int page = pdf.getNumberOfPages(); page > before; page--) {
                pdf.removePage(page);
            }
            throw new CopyFailed(e);
        }
    }

    /** A source that opened but could not be copied whole. */
    private static final class CopyFailed extends RuntimeException {
        CopyFailed(Throwable cause) {
            super(String.valueOf(cause.getMessage()), cause);
        }
    }

    /** Gives the fields of one source unique names, so that two lien waiver forms with the same field names both survive. */
    private static boolean renameFormFields(PdfDocument document, String prefix) {
        PdfDictionary form = document.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
        PdfArray fields = form == null ? null : form.getAsArray(PdfName.Fields);
        if (fields == null || fields.isEmpty()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            PdfDictionary field = fields.getAsDictionary(i);
            PdfString name = field == null ? null : field.getAsString(PdfName.T);
            if (name != null) {
                field.put(PdfName.T, new PdfString(prefix + name.toUnicodeString()));
            }
        }
        return true;
    }

    private static int addImage(PdfDocument pdf, OpenedSource.Image source, PageStamper stamper) {
        float width = source.image().getWidth();
        float height = source.image().getHeight();
        PdfPage page = pdf.addNewPage(width > height ? PageSize.LETTER.rotate() : PageSize.LETTER);
        Rectangle box = page.getPageSize();
        Rectangle area = new Rectangle(box.getLeft() + 24, box.getBottom() + PageStamper.STRIP + 8,
                box.getWidth() - 48, box.getHeight() - PageStamper.STRIP - 32);
        float scale = Math.min(area.getWidth() / width, area.getHeight() / height);
        float drawnWidth = width * scale;
        float drawnHeight = height * scale;
        new PdfCanvas(page).addImageFittedIntoRectangle(source.image(), new Rectangle(
                area.getLeft() + (area.getWidth() - drawnWidth) / 2, area.getBottom() + (area.getHeight() - drawnHeight) / 2,
                drawnWidth, drawnHeight), false);
        stamper.stampOwn(page, pdf.getNumberOfPages());
        return 1;
    }

    private static BackupResult.ManifestEntry record(String invoice, String file, OpenedSource opened, int pages,
                                                     Dictionary words, List<String> warnings) {
        return switch (opened) {
            case OpenedSource.Pdf pdf when pdf.repaired() -> {
                warnings.add(words.get("backup.warning.repaired", invoice, file));
                yield new BackupResult.ManifestEntry(invoice, file, pdf.sha256(), pages, BackupResult.Fate.REPAIRED,
                        words.get(pdf.repairKey()));
            }
            case OpenedSource.Pdf pdf -> new BackupResult.ManifestEntry(invoice, file, pdf.sha256(), pages,
                    BackupResult.Fate.MERGED, null);
            case OpenedSource.Image image -> new BackupResult.ManifestEntry(invoice, file, image.sha256(), pages,
                    BackupResult.Fate.MERGED, null);
            case OpenedSource.Listed listed -> {
                warnings.add(words.get("backup.warning.listed", invoice, file));
                yield new BackupResult.ManifestEntry(invoice, file, listed.sha256(), 0, BackupResult.Fate.LISTED,
                        words.get(listed.reasonKey()));
            }
            case OpenedSource.LeftOut leftOut -> {
                String reason = words.get(leftOut.reasonKey(), leftOut.detail());
                String detail = leftOut.detail();
                if (detail != null && !detail.isBlank() && !reason.contains(detail)) {
                    reason += " (" + (detail.length() > 90 ? detail.substring(0, 90) + "\u2026" : detail) + ")";
                }
                warnings.add(words.get("backup.warning.left-out", invoice, file, reason));
                yield new BackupResult.ManifestEntry(invoice, file, leftOut.sha256(), 0, BackupResult.Fate.LEFT_OUT,
                        reason);
            }
        };
    }
}
