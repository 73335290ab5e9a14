package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a produced PDF back: pages, text, bookmarks and where links and bookmarks really lead. */
public final class PdfReadBack implements AutoCloseable {

    public final PdfDocument pdf;
    private final Map<PdfString, PdfObject> destinations;

    public PdfReadBack(Path file) throws IOException {
        pdf = new PdfDocument(new PdfReader(file.toFile()));
        destinations = pdf.getCatalog().getNameTree(PdfName.Dests).getNames();
    }

    public int pages() {
        return pdf.getNumberOfPages();
    }

    public String text(int page) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page));
    }

    public List<PdfOutline> bookmarks() {
        return pdf.getOutlines(false).getAllChildren();
    }

    public int bookmarkPage(PdfOutline outline) {
        return pageOf(outline.getDestination().getPdfObject());
    }

    /** The page each link on a page leads to, in the order the links were added. */
    public List<Integer> linkTargets(int page) {
        List<Integer> targets = new ArrayList<>();
        for (PdfAnnotation annotation : pdf.getPage(page).getAnnotations()) {
            if (annotation instanceof PdfLinkAnnotation link) {
                PdfObject name = link.getAction().get(PdfName.D);
                targets.add(pageOf(destinations.get((PdfString) name)));
            }
        }
        return targets;
    }

    /** Where a page's links lead that name a page directly (a destination array, or a go-to action holding one). */
    public List<Integer> internalLinkTargets(int page) {
        List<Integer> targets = new ArrayList<>();
        for (PdfAnnotation annotation : pdf.getPage(page).getAnnotations()) {
            if (annotation instanceof PdfLinkAnnotation link) {
                PdfObject destination = link.getDestinationObject();
                if (destination == null && link.getAction() != null) {
                    destination = link.getAction().get(PdfName.D);
                }
                if (destination instanceof PdfArray) {
                    targets.add(pageOf(destination));
                }
            }
        }
        return targets;
    }

    private int pageOf(PdfObject destination) {
        PdfObject target = destination;
        if (target instanceof PdfString name) {
            target = destinations.get(name);
        }
        if (target instanceof PdfDictionary dictionary) {
            target = dictionary.get(PdfName.D);
        }
        return pdf.getPageNumber(((PdfArray) target).getAsDictionary(0));
    }

    @Override
    public void close() {
        pdf.close();
    }
}
