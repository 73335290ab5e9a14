package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links inside a source that jump to another of its own pages: copying pages one by one leaves their
 * target behind, so each is pointed again at the copy of its target page. Links to anything else
 * (web addresses, other files) are copied as they are.
 */
final class InternalLinks {

    private InternalLinks() {
    }

    static void relink(PdfDocument source, List<PdfPage> copies, PdfDocument pdf) {
        Map<PdfDictionary, PdfDictionary> copyOf = new IdentityHashMap<>();
        for (int i = 0; i < copies.size(); i++) {
            copyOf.put(source.getPage(i + 1).getPdfObject(), copies.get(i).getPdfObject());
        }
        for (int i = 0; i < copies.size(); i++) {
            List<PdfDictionary> links = links(source.getPage(i + 1).getPdfObject());
            if (links.isEmpty()) {
                continue;
            }
            PdfDictionary copy = copies.get(i).getPdfObject();
            List<PdfDictionary> copiedLinks = links(copy);
            for (int k = 0; k < links.size(); k++) {
                PdfArray target = pageTarget(links.get(k), copyOf);
                if (target == null) {
                    continue;
                }
                PdfDictionary link = k < copiedLinks.size() && copiedLinks.size() == links.size() ? copiedLinks.get(k)
                        : added(copy, links.get(k), pdf);
                link.remove(PdfName.A);
                link.put(PdfName.Dest, target);
            }
        }
    }

    /** The link's destination with its page replaced by that page's copy; null when it names no page of this source. */
    private static PdfArray pageTarget(PdfDictionary link, Map<PdfDictionary, PdfDictionary> copyOf) {
        PdfArray destination = link.getAsArray(PdfName.Dest);
        PdfDictionary action = link.getAsDictionary(PdfName.A);
        if (destination == null && action != null && PdfName.GoTo.equals(action.getAsName(PdfName.S))) {
            destination = action.getAsArray(PdfName.D);
        }
        PdfDictionary page = destination == null || destination.isEmpty() ? null : destination.getAsDictionary(0);
        PdfDictionary target = page == null ? null : copyOf.get(page);
        if (target == null) {
            return null;
        }
        PdfArray relinked = new PdfArray();
        relinked.add(target);
        for (int i = 1; i < destination.size(); i++) {
            PdfObject value = destination.get(i, false);
            if (value.isIndirectReference()) {
                return null;
            }
            relinked.add(value.clone());
        }
        return relinked;
    }

    /** A link the copy did not carry, copied now without its old target. */
    private static PdfDictionary added(PdfDictionary page, PdfDictionary link, PdfDocument pdf) {
        PdfDictionary copy = link.copyTo(pdf, List.of(PdfName.P, PdfName.Parent, PdfName.Dest, PdfName.A), true);
        copy.put(PdfName.P, page);
        PdfArray annotations = page.getAsArray(PdfName.Annots);
        if (annotations == null) {
            annotations = new PdfArray();
            page.put(PdfName.Annots, annotations);
        }
        annotations.add(copy);
        return copy;
    }

    private static List<PdfDictionary> links(PdfDictionary page) {
        return FormFields.annotations(page, PdfName.Link);
    }
}
