package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BackupRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An invoice's document and attachments after the package editor: in its order, without what it left out, under
 * the titles it gave; and what it left out.
 */
record ArrangedDocuments(BackupRequest.Source document, List<BackupRequest.Source> attachments,
                         List<BackupRequest.LeftOut> leftOut) {

    /**
     * Applies the editor's entry for one invoice ({@code attached} by attachment key, in upload order); documents it
     * does not name (uploaded since) come last. No entry: as they are.
     */
    static ArrangedDocuments of(BackupRequest.Source document, Map<String, BackupRequest.Source> attached,
                                Map<String, String> shas, Arrangement.Entry entry) {
        if (entry == null) {
            return new ArrangedDocuments(document, List.copyOf(attached.values()), List.of());
        }
        Map<String, BackupRequest.Source> left = new LinkedHashMap<>(attached);
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
        return new ArrangedDocuments(kept, List.copyOf(ordered), List.copyOf(leftOut));
    }

    /** The source under the title the package editor gave it; the stored file keeps its name. */
    private static BackupRequest.Source titled(BackupRequest.Source source, String title) {
        return source == null || title == null || title.isBlank() ? source : source.titled(title.strip());
    }
}
