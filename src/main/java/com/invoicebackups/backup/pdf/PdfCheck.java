package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Proves a PDF copyable before anything of it reaches the backup: walks its page tree and every object
 * its pages refer to, reading each one, within bounds of time, count, nesting and decoded size. What
 * copying later reads is then already parsed, so copying cannot meet a parse error, a cycle or a bomb.
 * Walks without recursion and with a visited set, so a cyclic or deep file costs no stack and no loop.
 */
final class PdfCheck {

    /**
     * The version of this proof. A proof kept with a document's SHA-256 (at upload) spares a compile the walk
     * over its objects only while the version is the same: a stricter check raises it, and older proofs no
     * longer count.
     */
    static final int VERSION = 2;

    static final int MAX_OBJECTS = 500_000;
    /** iText copies objects recursively: deeper chains than this could overflow a thread's stack. */
    static final int MAX_DEPTH = 300;
    static final int MAX_PAGE_TREE_DEPTH = 64;
    static final int MAX_FIELD_DEPTH = 32;
    static final long MAX_IMAGE_PIXELS = 250_000_000L;
    static final long MAX_STREAM_BYTES = 128L * 1024 * 1024;
    /** Flate inflates at most about 1032 to 1: a smaller stream cannot reach the limit, so it is not measured. */
    private static final long UNMEASURED_STREAM_BYTES = MAX_STREAM_BYTES / 1032;

    /** Why a source cannot be carried as it is: a reason key and its detail. */
    static final class Refused extends RuntimeException {
        final String reasonKey;

        Refused(String reasonKey, String detail) {
            super(detail, null, false, false);
            this.reasonKey = reasonKey;
        }
    }

    /** What the check learned: the pages in order, and whether the form fields can stay live. */
    record Proof(List<PdfDictionary> pages, boolean liveForm) {
    }

    private static final List<PdfName> INHERITED = List.of(PdfName.Resources, PdfName.MediaBox, PdfName.CropBox,
            PdfName.Rotate);

    private final long deadline;
    private final long budgetSeconds;
    private final List<PdfDictionary> inheritedFrom = new ArrayList<>();
    private final long maxCopiedBytes;
    private long copiedBytes;
    private int visitedObjects;

    private PdfCheck(long deadline, long budgetSeconds, long maxCopiedBytes) {
        this.deadline = deadline;
        this.budgetSeconds = budgetSeconds;
        this.maxCopiedBytes = maxCopiedBytes;
    }

    /**
     * Throws {@link Refused} with the reason, or whatever iText throws on a part it cannot read.
     * {@code maxCopiedBytes}: a source's streams are held while it is copied, so their sum is bounded.
     */
    static Proof prove(PdfDocument document, long deadline, long budgetSeconds, long maxCopiedBytes) {
        return check(document, deadline, budgetSeconds, maxCopiedBytes, true);
    }

    /**
     * For bytes this version of the proof has already passed (their SHA-256 was proven at upload): the same
     * bytes give the same objects, so only what copying needs from the proof is redone, the page tree and the
     * form's state, without walking every object again.
     */
    static Proof trusted(PdfDocument document, long deadline, long budgetSeconds, long maxCopiedBytes) {
        return check(document, deadline, budgetSeconds, maxCopiedBytes, false);
    }

    private static Proof check(PdfDocument document, long deadline, long budgetSeconds, long maxCopiedBytes,
                               boolean walkObjects) {
        PdfCheck check = new PdfCheck(deadline, budgetSeconds, maxCopiedBytes);
        List<PdfDictionary> pages = check.pageTree(document);
        if (pages.size() != document.getNumberOfPages()) {
            throw new Refused("backup.reason.damaged", "page tree holds " + pages.size() + " pages, not "
                    + document.getNumberOfPages());
        }
        boolean widgets = false;
        boolean liveForm = true;
        Set<PdfObject> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        // what copying reads besides the pages: attributes pages inherit from the tree, the form's default fonts
        for (PdfDictionary node : walkObjects ? check.inheritedFrom : List.<PdfDictionary>of()) {
            for (PdfName key : INHERITED) {
                if (node.get(key, false) != null) {
                    check.walk(node.get(key, false), visited);
                }
            }
        }
        PdfDictionary form = document.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
        if (walkObjects && form != null && form.get(PdfName.DR, false) != null) {
            check.walk(form.get(PdfName.DR, false), visited);
        }
        for (PdfDictionary page : pages) {
            keepDictionaryAnnotations(page);
            if (walkObjects) {
                check.walk(page, visited);
            }
            PdfArray annotations = page.getAsArray(PdfName.Annots);
            for (int i = 0; annotations != null && i < annotations.size(); i++) {
                PdfDictionary annotation = annotations.getAsDictionary(i);
                if (PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype))) {
                    widgets = true;
                    liveForm &= fieldChainIsSound(annotation);
                }
            }
        }
        return new Proof(pages, liveForm || !widgets);
    }

    /** Leaves of the page tree in order; refuses a cyclic, too deep or malformed tree. */
    private List<PdfDictionary> pageTree(PdfDocument document) {
        PdfDictionary root = document.getCatalog().getPdfObject().getAsDictionary(PdfName.Pages);
        if (root == null) {
            throw new Refused("backup.reason.damaged", "no page tree");
        }
        List<PdfDictionary> leaves = new ArrayList<>();
        Set<PdfDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Iterator<PdfDictionary>> path = new ArrayDeque<>();
        path.push(List.of(root).iterator());
        while (!path.isEmpty()) {
            if (!path.peek().hasNext()) {
                path.pop();
                continue;
            }
            PdfDictionary node = path.peek().next();
            tick();
            if (!seen.add(node)) {
                throw new Refused("backup.reason.damaged", "cyclic page tree");
            }
            PdfArray kids = node.getAsArray(PdfName.Kids);
            if (kids == null || PdfName.Page.equals(node.getAsName(PdfName.Type))) {
                leaves.add(node);
                continue;
            }
            if (path.size() >= MAX_PAGE_TREE_DEPTH) {
                throw new Refused("backup.reason.damaged", "page tree too deep");
            }
            inheritedFrom.add(node);
            List<PdfDictionary> children = new ArrayList<>(kids.size());
            for (int i = 0; i < kids.size(); i++) {
                PdfDictionary kid = kids.getAsDictionary(i);
                if (kid == null) {
                    throw new Refused("backup.reason.damaged", "page tree holds a non-page");
                }
                children.add(kid);
            }
            path.push(children.iterator());
        }
        return leaves;
    }

    /** iText expects every annotation to be a dictionary; anything else in the list is dropped. */
    private static void keepDictionaryAnnotations(PdfDictionary page) {
        PdfObject value = page.get(PdfName.Annots);
        if (value == null) {
            return;
        }
        PdfArray annotations = value instanceof PdfArray array ? array : null;
        PdfArray kept = new PdfArray();
        for (int i = 0; annotations != null && i < annotations.size(); i++) {
            if (annotations.get(i) instanceof PdfDictionary) {
                kept.add(annotations.get(i, false));
            }
        }
        if (annotations == null || kept.size() != annotations.size()) {
            page.put(PdfName.Annots, kept);
        }
    }

    /** A widget's parent fields end, without a cycle, within a sane depth. */
    private static boolean fieldChainIsSound(PdfDictionary widget) {
        Set<PdfDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        PdfDictionary field = widget;
        for (int depth = 0; field != null; depth++) {
            if (depth > MAX_FIELD_DEPTH || !seen.add(field)) {
                return false;
            }
            PdfObject parent = field.get(PdfName.Parent);
            if (parent != null && !(parent instanceof PdfDictionary)) {
                return false;
            }
            field = (PdfDictionary) parent;
            if (field != null && field.get(PdfName.Kids) != null && !(field.get(PdfName.Kids) instanceof PdfArray)) {
                return false;
            }
        }
        return true;
    }

    /** Depth-first over everything reachable from a page, in the order iText copies it, without recursion. */
    private void walk(PdfObject start, Set<PdfObject> visited) {
        Deque<Iterator<PdfObject>> path = new ArrayDeque<>();
        path.push(List.of(start).iterator());
        while (!path.isEmpty()) {
            if (!path.peek().hasNext()) {
                path.pop();
                continue;
            }
            PdfObject object = path.peek().next();
            if (object instanceof PdfIndirectReference reference) {
                object = reference.getRefersTo(true);
            }
            if (object == null || !(object instanceof PdfDictionary || object instanceof PdfArray)
                    || !visited.add(object)) {
                continue;
            }
            tick();
            if (path.size() > MAX_DEPTH) {
                throw new Refused("backup.reason.too-deep", String.valueOf(MAX_DEPTH));
            }
            if (object instanceof PdfStream stream) {
                checkStream(stream);
            }
            path.push(children(object));
        }
    }

    private static Iterator<PdfObject> children(PdfObject object) {
        List<PdfObject> children = new ArrayList<>();
        if (object instanceof PdfDictionary dictionary) {
            boolean pageNode = PdfName.Page.equals(dictionary.getAsName(PdfName.Type))
                    || PdfName.Pages.equals(dictionary.getAsName(PdfName.Type));
            for (PdfName key : dictionary.keySet()) {
                // a page's parent is the page tree, which copying leaves behind
                if (!(pageNode && PdfName.Parent.equals(key))) {
                    children.add(dictionary.get(key, false));
                }
            }
        } else if (object instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                children.add(array.get(i, false));
            }
        }
        return children.iterator();
    }

    private void checkStream(PdfStream stream) {
        checkFilters(stream);
        copiedBytes += Math.max(0, stream.getLength());
        if (copiedBytes > maxCopiedBytes) {
            throw new Refused("backup.reason.too-large-to-copy", String.valueOf(maxCopiedBytes >> 20));
        }
        if (PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
            PdfNumber width = stream.getAsNumber(PdfName.Width);
            PdfNumber height = stream.getAsNumber(PdfName.Height);
            if (width != null && height != null && (long) width.doubleValue() * (long) height.doubleValue() > MAX_IMAGE_PIXELS) {
                throw new Refused("backup.reason.image-too-large", width.intValue() + " x " + height.intValue());
            }
        }
        // the declared length decides whether to look: reading every image's bytes only to count them costs time
        if (isFlate(stream) && stream.getLength() > UNMEASURED_STREAM_BYTES) {
            long declared = declaredImageBytes(stream);
            if (declared >= 0) {
                sampleImage(stream, declared);
                return;
            }
            byte[] raw = stream.getBytes(false);
            if (raw != null && raw.length > UNMEASURED_STREAM_BYTES) {
                measureInflated(raw);
            }
        }
    }

    /** Raw bytes of an image inflated to see whether it keeps to its declared size, and how much of what they give. */
    static final int IMAGE_SAMPLE_BYTES = 4096;
    static final int IMAGE_SAMPLE_OUTPUT = 16 << 10;

    /**
     * An image within the limits is bounded by its declaration (see {@link #declaredImageBytes}), so its data is
     * not inflated whole. Only its start is, up to {@value #IMAGE_SAMPLE_BYTES} raw bytes or
     * {@value #IMAGE_SAMPLE_OUTPUT} inflated ones, whichever comes first, and the ratio found there is taken for the
     * whole: a bomb, whose runs inflate alike from the start, would go far beyond the declared size, and so would an
     * image whose start inflates far better than the rest (a blank top of a scan); either is inflated to the end,
     * counting, and a bomb is refused there. A stream crafted to look sound at its start and inflate later could pass;
     * it does no harm, as nothing decodes more of it than the dimensions say. The output is capped because a scan's
     * first 4 kB inflate to some 150 kB: uncapped, sampling every page of a scanned backup cost more than copying it.
     */
    private void sampleImage(PdfStream stream, long declared) {
        // PNG predictors add a byte per row; anything beyond twice the size is no image of that size
        long allowed = 2 * declared + (1 << 20);
        byte[] raw = stream.getBytes(false);
        if (raw == null) {
            return;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw, 0, Math.min(raw.length, IMAGE_SAMPLE_BYTES));
            byte[] buffer = new byte[8 << 10];
            long total = 0;
            while (!inflater.finished() && !inflater.needsInput() && total < IMAGE_SAMPLE_OUTPUT) {
                int count = inflater.inflate(buffer);
                if (count == 0 && inflater.needsDictionary()) {
                    return;
                }
                total += count;
            }
            long read = inflater.getBytesRead();
            if (inflater.finished() || read == 0 || total / (double) read * raw.length <= allowed) {
                return;
            }
        } catch (DataFormatException e) {
            return;
        } finally {
            inflater.end();
        }
        measureInflated(raw, allowed, "backup.reason.image-bomb");
    }

    /**
     * The decoded size an image XObject declares (width x height x components x bits per component), or -1 when it
     * declares none that bounds it (no image, an unknown colour space, sizes beyond the limits). Such an image needs
     * no inflating whole to be judged: copying carries its bytes undecoded, and a reader decodes what the dimensions
     * say and stops there, so however far its data would inflate, no more than the declared size is produced.
     * Streams without such a bound (content streams, forms, fonts, embedded files) are inflated whole to be measured.
     */
    static long declaredImageBytes(PdfStream stream) {
        if (!PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
            return -1;
        }
        PdfNumber width = stream.getAsNumber(PdfName.Width);
        PdfNumber height = stream.getAsNumber(PdfName.Height);
        boolean mask = stream.getAsBoolean(PdfName.ImageMask) != null && stream.getAsBoolean(PdfName.ImageMask).getValue();
        PdfNumber bits = mask ? new PdfNumber(1) : stream.getAsNumber(PdfName.BitsPerComponent);
        int components = mask ? 1 : components(stream.get(PdfName.ColorSpace), 0);
        if (width == null || height == null || bits == null || components <= 0 || width.doubleValue() < 1
                || height.doubleValue() < 1 || bits.intValue() < 1 || bits.intValue() > 16) {
            return -1;
        }
        long w = (long) width.doubleValue();
        long h = (long) height.doubleValue();
        if (w * h > MAX_IMAGE_PIXELS) {
            return -1;
        }
        long bytes = (w * components * bits.intValue() + 7) / 8 * h;
        return bytes <= MAX_STREAM_BYTES ? bytes : -1;
    }

    /** Colour components of a colour space; 0 when not known here. */
    private static int components(PdfObject space, int depth) {
        if (space instanceof PdfIndirectReference reference) {
            space = reference.getRefersTo(true);
        }
        if (depth > 4 || space == null) {
            return 0;
        }
        if (space instanceof PdfName name) {
            if (PdfName.DeviceGray.equals(name) || PdfName.CalGray.equals(name)) {
                return 1;
            }
            if (PdfName.DeviceRGB.equals(name) || PdfName.CalRGB.equals(name) || PdfName.Lab.equals(name)) {
                return 3;
            }
            return PdfName.DeviceCMYK.equals(name) ? 4 : 0;
        }
        if (space instanceof PdfArray array && !array.isEmpty() && array.get(0) instanceof PdfName family) {
            if (PdfName.Indexed.equals(family) || PdfName.Separation.equals(family)) {
                return 1;
            }
            if (PdfName.ICCBased.equals(family) && array.size() > 1 && array.get(1) instanceof PdfStream profile) {
                PdfNumber n = profile.getAsNumber(PdfName.N);
                return n == null ? 0 : n.intValue();
            }
            if (PdfName.DeviceN.equals(family) && array.size() > 1 && array.get(1) instanceof PdfArray names) {
                return names.size();
            }
            return components(array.get(0), depth + 1);
        }
        return 0;
    }

    /**
     * Writing a copied stream reads its filters: a filter that is not a name, or decode parameters that
     * are not dictionaries, would fail the backup as it is written. PDFBox's rewrite straightens them.
     */
    private static void checkFilters(PdfStream stream) {
        PdfObject filter = stream.get(PdfName.Filter);
        int filters = 1;
        if (filter instanceof PdfArray array) {
            filters = array.size();
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof PdfName)) {
                    throw new Refused("backup.reason.damaged", "stream filter is not a name");
                }
            }
        } else if (filter != null && !(filter instanceof PdfName)) {
            throw new Refused("backup.reason.damaged", "stream filter is not a name");
        }
        PdfObject parameters = stream.get(PdfName.DecodeParms);
        if (parameters instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                PdfObject each = array.get(i);
                if (each != null && !(each instanceof PdfDictionary) && !each.isNull()) {
                    throw new Refused("backup.reason.damaged", "stream decode parameters are not dictionaries");
                }
            }
            if (array.size() != filters) {
                throw new Refused("backup.reason.damaged", "stream decode parameters do not match its filters");
            }
        } else if (parameters != null && !(parameters instanceof PdfDictionary) && !parameters.isNull()) {
            throw new Refused("backup.reason.damaged", "stream decode parameters are not a dictionary");
        }
    }

    private static boolean isFlate(PdfStream stream) {
        PdfObject filter = stream.get(PdfName.Filter);
        if (filter instanceof PdfArray filters && !filters.isEmpty()) {
            filter = filters.get(0);
        }
        return PdfName.FlateDecode.equals(filter) || PdfName.Fl.equals(filter);
    }

    private void measureInflated(byte[] raw) {
        measureInflated(raw, MAX_STREAM_BYTES, "backup.reason.bomb");
    }

    /** Inflates into a small buffer only to count: a bomb is refused without ever being held. */
    private void measureInflated(byte[] raw, long limit, String reasonKey) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw);
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return;
                }
                total += count;
                if (total > limit) {
                    throw new Refused(reasonKey, String.valueOf(MAX_STREAM_BYTES >> 20));
                }
                checkTime();
            }
        } catch (DataFormatException e) {
            // a damaged stream copies as the bytes it is; a viewer shows what it can, as with the original
        } finally {
            inflater.end();
        }
    }

    private void tick() {
        if (++visitedObjects > MAX_OBJECTS) {
            throw new Refused("backup.reason.too-many-objects", String.valueOf(MAX_OBJECTS));
        }
        if ((visitedObjects & 0xFF) == 0) {
            checkTime();
        }
    }

    private void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Refused("backup.reason.too-slow", String.valueOf(budgetSeconds));
        }
    }
}
