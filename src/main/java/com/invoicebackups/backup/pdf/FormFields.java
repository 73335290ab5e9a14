package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfBoolean;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Form fields of copied pages, handled without iText's form copier. Live: the copied widgets are
 * linked to their copied parent fields and the top fields (renamed apart, so two lien waivers with the
 * same field names keep both values) join the backup's form. Flattened: each widget's appearance is
 * drawn into the page (or, where a form left drawing to the viewer, its value written in), so the
 * values stay visible when the fields cannot be merged.
 */
final class FormFields {

    private static final int HIDDEN = 2;
    private static final int NO_VIEW = 32;

    private FormFields() {
    }

    /**
     * The top fields of one copied source, ready to join the backup's form, with the form-wide settings
     * their appearances rely on: everything is prepared, so joining is only a few entries put in place.
     */
    record Roots(List<PdfDictionary> fields, PdfDictionary fonts, PdfString defaultAppearance, boolean needAppearances) {

        static final Roots NONE = new Roots(List.of(), null, null, false);

        void addTo(PdfDocument pdf) {
            if (fields.isEmpty()) {
                return;
            }
            PdfDictionary catalog = pdf.getCatalog().getPdfObject();
            PdfDictionary form = catalog.getAsDictionary(PdfName.AcroForm);
            if (form == null) {
                form = new PdfDictionary();
                form.put(PdfName.Fields, new PdfArray());
                form.put(PdfName.DR, new PdfDictionary());
                form.getAsDictionary(PdfName.DR).put(PdfName.Font, new PdfDictionary());
                form.makeIndirect(pdf);
                catalog.put(PdfName.AcroForm, form);
            }
            PdfArray all = form.getAsArray(PdfName.Fields);
            for (PdfDictionary field : fields) {
                all.add(field.getIndirectReference() != null ? field.getIndirectReference() : field);
            }
            if (needAppearances) {
                form.put(PdfName.NeedAppearances, PdfBoolean.TRUE);
            }
            if (defaultAppearance != null && form.get(PdfName.DA) == null) {
                form.put(PdfName.DA, defaultAppearance);
            }
            PdfDictionary formFonts = form.getAsDictionary(PdfName.DR).getAsDictionary(PdfName.Font);
            for (PdfName name : fonts == null ? Set.<PdfName>of() : fonts.keySet()) {
                if (!formFonts.containsKey(name)) {
                    formFonts.put(name, fonts.get(name, false));
                }
            }
            form.setModified();
        }
    }

    /** Copies what the source's form names by default (fonts, appearance string) for its fields' appearances. */
    private static Roots withFormSettings(List<PdfDictionary> fields, PdfDocument source, PdfDocument pdf) {
        PdfDictionary sourceForm = source.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
        if (fields.isEmpty() || sourceForm == null) {
            return new Roots(fields, null, null, false);
        }
        PdfDictionary resources = sourceForm.getAsDictionary(PdfName.DR);
        PdfDictionary sourceFonts = resources == null ? null : resources.getAsDictionary(PdfName.Font);
        PdfDictionary fonts = new PdfDictionary();
        for (PdfName name : sourceFonts == null ? Set.<PdfName>of() : sourceFonts.keySet()) {
            fonts.put(name, sourceFonts.get(name, false).copyTo(pdf, false));
        }
        PdfString appearance = sourceForm.getAsString(PdfName.DA);
        for (PdfDictionary field : fields) {
            // the backup's form has one default appearance: each source's own travels with its fields
            if (appearance != null && field.get(PdfName.DA) == null) {
                field.put(PdfName.DA, new PdfString(appearance.getValue()));
            }
        }
        return new Roots(fields, fonts, appearance == null ? null : new PdfString(appearance.getValue()),
                PdfBoolean.TRUE.equals(sourceForm.getAsBoolean(PdfName.NeedAppearances)));
    }

    static boolean hasWidgets(PdfDocument document) {
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            if (!widgets(document.getPage(i).getPdfObject()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Links each copied widget into its copied parent's kids and returns the top fields, renamed with
     * the prefix. Copying rebuilt the parents without kids, and one copy per source parent.
     */
    static Roots link(List<PdfPage> copies, String prefix, PdfDocument source, PdfDocument pdf) {
        Set<PdfDictionary> roots = new LinkedHashSet<>();
        Set<PdfDictionary> linked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PdfPage copy : copies) {
            for (PdfDictionary widget : widgets(copy.getPdfObject())) {
                PdfDictionary node = widget;
                int depth = 0;
                while (linked.add(node)) {
                    PdfDictionary parent = node.getAsDictionary(PdfName.Parent);
                    if (parent == null) {
                        roots.add(node);
                        break;
                    }
                    if (++depth > PdfCheck.MAX_FIELD_DEPTH) {
                        throw new IllegalStateException("form fields nested too deeply");
                    }
                    PdfArray kids = parent.getAsArray(PdfName.Kids);
                    if (kids == null) {
                        kids = new PdfArray();
                        parent.put(PdfName.Kids, kids);
                    }
                    kids.add(node.getIndirectReference() != null ? node.getIndirectReference() : node);
                    node = parent;
                }
            }
        }
        List<PdfDictionary> fields = new ArrayList<>(roots);
        int unnamed = 0;
        for (PdfDictionary root : fields) {
            PdfString name = root.getAsString(PdfName.T);
            // a nameless top field gets a name too, or its kids would share values with another form's
            String renamed = prefix + (name != null ? name.toUnicodeString() : "unnamed" + ++unnamed);
            root.put(PdfName.T, new PdfString(renamed, "UnicodeBig"));
        }
        return withFormSettings(fields, source, pdf);
    }

    /** Takes the widgets off a source page (in memory only), so the page copies without them. */
    static List<PdfDictionary> detachWidgets(PdfPage page) {
        PdfDictionary dictionary = page.getPdfObject();
        List<PdfDictionary> widgets = widgets(dictionary);
        if (!widgets.isEmpty()) {
            PdfArray annotations = dictionary.getAsArray(PdfName.Annots);
            PdfArray others = new PdfArray();
            for (int i = 0; i < annotations.size(); i++) {
                PdfDictionary annotation = annotations.getAsDictionary(i);
                if (annotation != null && !PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype))) {
                    others.add(annotations.get(i, false));
                }
            }
            dictionary.put(PdfName.Annots, others);
        }
        return widgets;
    }

    /** Draws each visible widget's normal appearance where the widget was, on the copied page. */
    static void flatten(PdfPage copy, List<PdfDictionary> widgets, PdfDocument pdf, PdfFont font) {
        List<Consumer<PdfCanvas>> drawings = new ArrayList<>();
        for (PdfDictionary widget : widgets) {
            PdfNumber flags = widget.getAsNumber(PdfName.F);
            PdfStream appearance = appearance(widget);
            PdfArray rect = widget.getAsArray(PdfName.Rect);
            if (rect == null || rect.size() != 4 || flags != null && (flags.intValue() & (HIDDEN | NO_VIEW)) != 0) {
                continue;
            }
            Rectangle area = rect.toRectangle();
            if (appearance != null) {
                PdfFormXObject xObject = new PdfFormXObject((PdfStream) appearance.copyTo(pdf, false));
                drawings.add(canvas -> draw(canvas, xObject, area));
            } else {
                String value = visibleValue(widget);
                if (value != null) {
                    drawings.add(canvas -> write(canvas, value, area, font));
                }
            }
        }
        if (drawings.isEmpty()) {
            return;
        }
        copy.newContentStreamBefore().getOutputStream().writeBytes("q\n".getBytes(StandardCharsets.US_ASCII));
        copy.newContentStreamAfter().getOutputStream().writeBytes("\nQ\n".getBytes(StandardCharsets.US_ASCII));
        PdfCanvas canvas = new PdfCanvas(copy.newContentStreamAfter(), copy.getResources(), pdf);
        drawings.forEach(drawing -> drawing.accept(canvas));
    }

    /** Maps the appearance's box (after its own matrix) onto the widget's rectangle, as a viewer does. */
    private static void draw(PdfCanvas canvas, PdfFormXObject xObject, Rectangle area) {
        PdfArray bBox = xObject.getPdfObject().getAsArray(PdfName.BBox);
        if (bBox == null || bBox.size() != 4) {
            return;
        }
        Rectangle box = bBox.toRectangle();
        PdfArray matrix = xObject.getPdfObject().getAsArray(PdfName.Matrix);
        float[] m = matrix != null && matrix.size() == 6 ? matrix.toFloatArray() : new float[] {1, 0, 0, 1, 0, 0};
        float[] xs = new float[4];
        float[] ys = new float[4];
        float[][] corners = {{box.getLeft(), box.getBottom()}, {box.getRight(), box.getBottom()},
                {box.getLeft(), box.getTop()}, {box.getRight(), box.getTop()}};
        for (int i = 0; i < 4; i++) {
            xs[i] = m[0] * corners[i][0] + m[2] * corners[i][1] + m[4];
            ys[i] = m[1] * corners[i][0] + m[3] * corners[i][1] + m[5];
        }
        float minX = Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
        float maxX = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
        float minY = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
        float maxY = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
        if (maxX - minX <= 0 || maxY - minY <= 0) {
            return;
        }
        float scaleX = area.getWidth() / (maxX - minX);
        float scaleY = area.getHeight() / (maxY - minY);
        canvas.saveState()
                .concatMatrix(scaleX, 0, 0, scaleY, area.getLeft() - minX * scaleX, area.getBottom() - minY * scaleY)
                .addXObjectAt(xObject, 0, 0)
                .restoreState();
    }

    /**
     * What a field without an appearance shows (its form left drawing to the viewer): a text field's
     * value, or a cross for a check box or radio button that is on; null when nothing shows.
     */
    private static String visibleValue(PdfDictionary widget) {
        PdfName type = (PdfName) inherited(widget, PdfName.FT, PdfName.class);
        if (PdfName.Tx.equals(type)) {
            PdfString value = (PdfString) inherited(widget, PdfName.V, PdfString.class);
            return value == null || value.toUnicodeString().isBlank() ? null : value.toUnicodeString();
        }
        if (PdfName.Btn.equals(type)) {
            PdfName state = widget.getAsName(PdfName.AS);
            return state != null && !state.getValue().equals("Off") ? "X" : null;
        }
        return null;
    }

    private static PdfObject inherited(PdfDictionary field, PdfName key, Class<? extends PdfObject> type) {
        PdfDictionary node = field;
        for (int depth = 0; node != null && depth <= PdfCheck.MAX_FIELD_DEPTH; depth++) {
            PdfObject value = node.get(key);
            if (type.isInstance(value)) {
                return value;
            }
            node = node.getAsDictionary(PdfName.Parent);
        }
        return null;
    }

    private static void write(PdfCanvas canvas, String value, Rectangle area, PdfFont font) {
        float size = Math.max(4, Math.min(10, area.getHeight() - 4));
        String shown = value.replaceAll("[\\r\\n]+", " ");
        while (shown.length() > 1 && font.getWidth(shown, size) > area.getWidth() - 4) {
            shown = shown.substring(0, shown.length() - 1);
        }
        canvas.beginText().setFontAndSize(font, size)
                .moveText(area.getLeft() + 2, area.getBottom() + (area.getHeight() - size) / 2 + 1)
                .showText(shown).endText();
    }

    /** The normal appearance, picking the widget's current state where there are several. */
    private static PdfStream appearance(PdfDictionary widget) {
        PdfDictionary appearances = widget.getAsDictionary(PdfName.AP);
        PdfObject normal = appearances == null ? null : appearances.get(PdfName.N);
        if (normal instanceof PdfStream stream) {
            return stream;
        }
        if (normal instanceof PdfDictionary states) {
            PdfName state = widget.getAsName(PdfName.AS);
            return state == null ? null : states.getAsStream(state);
        }
        return null;
    }

    private static List<PdfDictionary> widgets(PdfDictionary page) {
        return annotations(page, PdfName.Widget);
    }

    /** A page's annotations of one subtype, in their order; anything that is not a dictionary is passed over. */
    static List<PdfDictionary> annotations(PdfDictionary page, PdfName subtype) {
        PdfArray annotations = page.getAsArray(PdfName.Annots);
        List<PdfDictionary> found = new ArrayList<>();
        for (int i = 0; annotations != null && i < annotations.size(); i++) {
            PdfDictionary annotation = annotations.getAsDictionary(i);
            if (annotation != null && subtype.equals(annotation.getAsName(PdfName.Subtype))) {
                found.add(annotation);
            }
        }
        return found;
    }
}
