package com.invoicebackups.backup.pdf;

import com.invoicebackups.terminology.Dictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between an earlier package and this one: invoices added and removed, documents added, removed and
 * replaced (same invoice and name, another SHA-256), amounts due changed. Each change is a line in the reader's
 * words, grouped by kind.
 */
public record PackageChanges(List<String> invoicesAdded, List<String> invoicesRemoved, List<String> documentsAdded,
                             List<String> documentsRemoved, List<String> documentsReplaced, List<String> amountsChanged) {

    public static PackageChanges between(PackageSnapshot earlier, PackageSnapshot now, Dictionary words) {
        Map<String, PackageSnapshot.Invoice> before = byKey(earlier);
        Map<String, PackageSnapshot.Invoice> after = byKey(now);
        List<String> invoicesAdded = new ArrayList<>();
        List<String> invoicesRemoved = new ArrayList<>();
        List<String> documentsAdded = new ArrayList<>();
        List<String> documentsRemoved = new ArrayList<>();
        List<String> documentsReplaced = new ArrayList<>();
        List<String> amountsChanged = new ArrayList<>();
        after.forEach((key, invoice) -> {
            PackageSnapshot.Invoice old = before.get(key);
            if (old == null) {
                invoicesAdded.add(key);
                return;
            }
            if (!Objects.equals(old.due(), invoice.due())) {
                amountsChanged.add(words.get("backup.changes.amount", key, old.due(), invoice.due()));
            }
            Map<String, String> oldDocuments = documents(old);
            Map<String, String> newDocuments = documents(invoice);
            newDocuments.forEach((name, sha) -> {
                String oldSha = oldDocuments.get(name);
                if (oldSha == null) {
                    documentsAdded.add(key + ": " + name);
                } else if (!oldSha.equals(sha)) {
                    documentsReplaced.add(words.get("backup.changes.replaced", key, name, shortSha(oldSha), shortSha(sha)));
                }
            });
            oldDocuments.keySet().stream().filter(name -> !newDocuments.containsKey(name))
                    .forEach(name -> documentsRemoved.add(key + ": " + name));
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(invoicesRemoved::add);
        return new PackageChanges(invoicesAdded, invoicesRemoved, documentsAdded, documentsRemoved, documentsReplaced,
                amountsChanged);
    }

    public boolean none() {
        return sections().stream().allMatch(section -> section.lines().isEmpty());
    }

    /** One sentence: what changed, counted, since which package. */
    public String summary(String fileName, String date, Dictionary words) {
        if (none()) {
            return words.get("backup.changes.summary.none", fileName, date);
        }
        List<String> parts = new ArrayList<>();
        for (Section section : sections()) {
            if (!section.lines().isEmpty()) {
                parts.add(words.get("backup.changes.count." + section.key(), section.lines().size()));
            }
        }
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
        snapshot.invoices().forEach(invoice -> invoices.merge(invoice.key(), invoice, (first, second) -> {
            List<PackageSnapshot.Document> documents = new ArrayList<>(first.documents());
            documents.addAll(second.documents());
            return new PackageSnapshot.Invoice(first.key(), first.due() != null && !first.due().isEmpty() ? first.due()
                    : second.due(), documents);
        }));
        return invoices;
    }

    private static Map<String, String> documents(PackageSnapshot.Invoice invoice) {
        Map<String, String> documents = new LinkedHashMap<>();
        invoice.documents().forEach(document -> documents.putIfAbsent(document.name(), document.sha256()));
        return documents;
    }

    private static String shortSha(String sha) {
        return sha == null || sha.length() < 12 ? String.valueOf(sha) : sha.substring(0, 12);
    }
}
