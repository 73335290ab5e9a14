package com.invoicebackups.backup.pdf;

import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between an earlier package and this one: invoices added and removed, documents added, removed and
 * replaced (the same document of the same invoice with another SHA-256, or another file uploaded in its place),
 * amounts due changed. Things are compared by what they are (identity, SHA-256, amount), never by their titles or the
 * words they are shown in. Each change is a line in the reader's words, grouped by kind.
 */
public record PackageChanges(List<String> invoicesAdded, List<String> invoicesRemoved, List<String> documentsAdded,
                             List<String> documentsRemoved, List<String> documentsReplaced, List<String> amountsChanged) {

    public static PackageChanges between(PackageSnapshot earlier, PackageSnapshot now, Words words) {
        PackageSnapshot compared = earlier.legacy() ? now.asLegacy() : now;
        Map<String, PackageSnapshot.Invoice> before = byKey(earlier);
        Map<String, PackageSnapshot.Invoice> after = byKey(compared);
        List<String> invoicesAdded = new ArrayList<>();
        List<String> invoicesRemoved = new ArrayList<>();
        List<String> documentsAdded = new ArrayList<>();
        List<String> documentsRemoved = new ArrayList<>();
        List<String> documentsReplaced = new ArrayList<>();
        List<String> amountsChanged = new ArrayList<>();
        after.forEach((key, invoice) -> {
            PackageSnapshot.Invoice old = before.get(key);
            if (old == null) {
                invoicesAdded.add(invoice.label());
                return;
            }
            boolean amountChanged = !sameAmount(old, invoice);
            if (amountChanged) {
                amountsChanged.add(words.get("backup.changes.amount", invoice.label(), shown(old, words),
                        shown(invoice, words)));
            }
            Map<String, PackageSnapshot.Document> oldDocuments = documents(old);
            Map<String, PackageSnapshot.Document> newDocuments = documents(invoice);
            List<PackageSnapshot.Document> added = new ArrayList<>();
            List<PackageSnapshot.Document> removed = new ArrayList<>();
            newDocuments.forEach((documentKey, document) -> {
                PackageSnapshot.Document oldDocument = oldDocuments.get(documentKey);
                if (oldDocument == null) {
                    added.add(document);
                } else if (!oldDocument.sha256().equals(document.sha256())
                        // a document drawn from the invoice's figures changes with them: the amount says it already
                        && !(amountChanged && oldDocument.rendered() && document.rendered())) {
                    documentsReplaced.add(replaced(words, invoice, oldDocument, document));
                }
            });
            oldDocuments.forEach((documentKey, document) -> {
                if (!newDocuments.containsKey(documentKey)) {
                    removed.add(document);
                }
            });
            // a file removed and another uploaded in its place (same type and file name) is one document replaced
            for (PackageSnapshot.Document document : added) {
                PackageSnapshot.Document replacedOne = removed.stream()
                        .filter(candidate -> Objects.equals(candidate.slot(), document.slot())).findFirst().orElse(null);
                removed.remove(replacedOne);
                if (replacedOne == null) {
                    documentsAdded.add(invoice.label() + ": " + document.name());
                } else if (!replacedOne.sha256().equals(document.sha256())) {
                    documentsReplaced.add(replaced(words, invoice, replacedOne, document));
                }
            }
            removed.forEach(document -> documentsRemoved.add(invoice.label() + ": " + document.name()));
        });
        before.forEach((key, invoice) -> {
            if (!after.containsKey(key)) {
                invoicesRemoved.add(invoice.label());
            }
        });
        return new PackageChanges(invoicesAdded, invoicesRemoved, documentsAdded, documentsRemoved, documentsReplaced,
                amountsChanged);
    }

    private static String replaced(Words words, PackageSnapshot.Invoice invoice, PackageSnapshot.Document before,
                                   PackageSnapshot.Document now) {
        return words.get("backup.changes.replaced", invoice.label(), now.name(), shortSha(before.sha256()),
                shortSha(now.sha256()));
    }

    private static boolean sameAmount(PackageSnapshot.Invoice old, PackageSnapshot.Invoice now) {
        String[] before = amount(old);
        String[] after = amount(now);
        if (before != null && after != null) {
            return new BigDecimal(before[0]).compareTo(new BigDecimal(after[0])) == 0 && before[1].equals(after[1]);
        }
        return Objects.equals(old.due(), now.due());
    }

    /** The amount due in the reader's formats, whichever formats the package that recorded it was written in. */
    private static String shown(PackageSnapshot.Invoice invoice, Words words) {
        String[] amount = amount(invoice);
        return amount == null ? invoice.due() : words.formats().money(Money.of(new BigDecimal(amount[0])), amount[1]);
    }

    /** The number and the currency of a recorded amount; null when it was recorded as shown only. */
    private static String[] amount(PackageSnapshot.Invoice invoice) {
        String[] parts = invoice.amount() == null ? new String[0] : invoice.amount().split(" ");
        return parts.length == 2 ? parts : null;
    }

    public boolean none() {
        return sections().stream().allMatch(section -> section.lines().isEmpty());
    }

    /** One sentence: what changed, counted, since which package. */
    public String summary(String fileName, String date, Words words) {
        return summary(fileName, date, counts(), words);
    }

    /** How many changes of each kind there are, in page order, the kinds without any left out. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section section : sections()) {
            if (!section.lines().isEmpty()) {
                counts.put(section.key(), section.lines().size());
            }
        }
        return counts;
    }

    /** The sentence of {@link #summary(String, String, Words)} from the counts alone. */
    public static String summary(String fileName, String date, Map<String, Integer> counts, Words words) {
        if (counts.isEmpty()) {
            return words.get("backup.changes.summary.none", fileName, date);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(words.get("backup.changes.count." + kind, count)));
        return words.get("backup.changes.summary", fileName, date, String.join(", ", parts));
    }

    /** The kinds of change in page order, each with its lines. */
    List<Section> sections() {
        return List.of(new Section("invoices-added", invoicesAdded), new Section("invoices-removed", invoicesRemoved),
                new Section("amounts-changed", amountsChanged), new Section("documents-added", documentsAdded),
                new Section("documents-removed", documentsRemoved), new Section("documents-replaced", documentsReplaced));
    }

    record Section(String key, List<String> lines) {
    }

    private static Map<String, PackageSnapshot.Invoice> byKey(PackageSnapshot snapshot) {
        Map<String, PackageSnapshot.Invoice> invoices = new LinkedHashMap<>();
        // an invoice split over several entries (grouped by document type) is one invoice
        snapshot.invoices().forEach(invoice -> invoices.merge(invoice.key(), invoice, (first, second) -> {
            List<PackageSnapshot.Document> documents = new ArrayList<>(first.documents());
            documents.addAll(second.documents());
            return new PackageSnapshot.Invoice(first.key(), first.label(), first.amount() != null ? first.amount()
                    : second.amount(), first.due() != null && !first.due().isEmpty() ? first.due() : second.due(),
                    documents);
        }));
        return invoices;
    }

    private static Map<String, PackageSnapshot.Document> documents(PackageSnapshot.Invoice invoice) {
        Map<String, PackageSnapshot.Document> documents = new LinkedHashMap<>();
        invoice.documents().forEach(document -> documents.putIfAbsent(document.key(), document));
        return documents;
    }

    private static String shortSha(String sha) {
        return sha == null || sha.length() < 12 ? String.valueOf(sha) : sha.substring(0, 12);
    }
}
