package com.invoicebackups.backup.pdf;

import static com.invoicebackups.backup.pdf.TestWords.GC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageChangesTest {

    @Test
    void invoices_added_and_removed_amounts_changed_and_documents_added_removed_and_replaced() {
        PackageSnapshot earlier = new PackageSnapshot(List.of(
                invoice("SC-1 1-01", "$900.00", doc("Invoice document", "a1"), doc("Waiver.pdf", "b1"), doc("Old.pdf", "c1")),
                invoice("SC-2 2-01", "$100.00", doc("Invoice document", "d1"))));
        PackageSnapshot now = new PackageSnapshot(List.of(
                invoice("SC-1 1-01", "$950.00", doc("Invoice document", "a1"), doc("Waiver.pdf", "b2"), doc("New.pdf", "e1")),
                invoice("SC-3 3-01", "$10.00", doc("Invoice document", "f1"))));

        PackageChanges changes = PackageChanges.between(PackageSnapshot.decode(earlier.encode()), now, GC);

        assertThat(changes.invoicesAdded()).containsExactly("SC-3 3-01");
        assertThat(changes.invoicesRemoved()).containsExactly("SC-2 2-01");
        assertThat(changes.amountsChanged()).containsExactly("SC-1 1-01: amount due was $900.00, now $950.00");
        assertThat(changes.documentsAdded()).containsExactly("SC-1 1-01: New.pdf");
        assertThat(changes.documentsRemoved()).containsExactly("SC-1 1-01: Old.pdf");
        assertThat(changes.documentsReplaced()).containsExactly("SC-1 1-01: Waiver.pdf replaced (SHA-256 b1\u2026 now b2\u2026)");
        assertThat(changes.summary("March.pdf", "3/31/2026 5:00 PM", GC)).isEqualTo("Changes since March.pdf of "
                + "3/31/2026 5:00 PM: 1 invoice added, 1 invoice removed, 1 amount changed, 1 document added, "
                + "1 document removed, 1 document replaced.");
        assertThat(PackageChanges.between(now, now, GC).summary("April.pdf", "4/30/2026", GC))
                .isEqualTo("No changes since April.pdf of 4/30/2026.");
    }

    @Test
    void the_snapshot_keeps_names_with_tabs_and_line_breaks_as_they_are() {
        PackageSnapshot snapshot = new PackageSnapshot(List.of(invoice("SC-1 1-01", "$1.00", doc("odd\tname\n.pdf", "ff"))));

        PackageSnapshot read = PackageSnapshot.decode(snapshot.encode());

        assertThat(read).isEqualTo(snapshot);
        assertThat(read.invoices().getFirst().documents()).containsExactly(doc("odd\tname\n.pdf", "ff"));
        assertThat(PackageSnapshot.decode("garbage\nI\tonly-two").invoices()).isEmpty();
        assertThat(PackageSnapshot.decode(null).invoices()).isEmpty();
    }

    @Test
    void titles_words_and_formats_are_not_changes() {
        PackageSnapshot earlier = new PackageSnapshot(List.of(new PackageSnapshot.Invoice("S7", "SC-1 1-01", "950.00 USD",
                "$950.00", List.of(new PackageSnapshot.Document("invoice", "Invoice document", "f1", true, "invoice"),
                new PackageSnapshot.Document("A3", "Waiver.pdf", "b1", false, "file:Waiver.pdf")))));
        PackageSnapshot now = new PackageSnapshot(List.of(new PackageSnapshot.Invoice("S7", "SC-1 1-01", "950.0 USD",
                "950,00 $", List.of(new PackageSnapshot.Document("invoice", "Progress billing document", "f1", true, "invoice"),
                new PackageSnapshot.Document("A3", "Conditional waiver, March", "b1", false, "file:Waiver.pdf")))));

        assertThat(PackageChanges.between(PackageSnapshot.decode(earlier.encode()), now, GC).none()).isTrue();
    }

    @Test
    void a_changed_amount_is_reported_once_not_again_as_its_redrawn_invoice_document() {
        PackageSnapshot earlier = new PackageSnapshot(List.of(new PackageSnapshot.Invoice("S7", "SC-1 1-01", "950.00 USD",
                "$950.00", List.of(new PackageSnapshot.Document("invoice", "Invoice document", "f1", true, "invoice")))));
        PackageSnapshot now = new PackageSnapshot(List.of(new PackageSnapshot.Invoice("S7", "SC-1 1-01", "990.00 USD",
                "$990.00", List.of(new PackageSnapshot.Document("invoice", "Invoice document", "f2", true, "invoice")))));

        PackageChanges changes = PackageChanges.between(earlier, now, GC);

        assertThat(changes.amountsChanged()).containsExactly("SC-1 1-01: amount due was $950.00, now $990.00");
        assertThat(changes.documentsReplaced()).isEmpty();
    }

    @Test
    void a_package_recorded_before_identities_is_compared_by_contract_invoice_and_title() {
        String legacy = new PackageSnapshot(List.of(new PackageSnapshot.Invoice("SC-1 1-01", "SC-1 1-01", null, "$950.00",
                List.of(doc("Invoice document", "f1"), doc("Waiver.pdf", "b1")))), true).encode();
        PackageSnapshot now = new PackageSnapshot(List.of(new PackageSnapshot.Invoice("S7", "SC-1 1-01", "950.00 USD",
                "$950.00", List.of(new PackageSnapshot.Document("invoice", "Invoice document", "f1", true, "invoice"),
                new PackageSnapshot.Document("A3", "Waiver.pdf", "b1", false, "file:Waiver.pdf")))));

        PackageSnapshot earlier = PackageSnapshot.decode(legacy);

        assertThat(earlier.legacy()).isTrue();
        assertThat(earlier.holdsAnyOf(java.util.Set.of("S7"), java.util.Set.of("SC-1 1-01"))).isTrue();
        assertThat(PackageChanges.between(earlier, now, GC).none()).isTrue();
    }

    private static PackageSnapshot.Invoice invoice(String key, String due, PackageSnapshot.Document... documents) {
        return new PackageSnapshot.Invoice(key, key, due.replace("$", "").replace(",", "") + " USD", due,
                List.of(documents));
    }

    private static PackageSnapshot.Document doc(String name, String sha) {
        return new PackageSnapshot.Document(name, name, sha, false, name);
    }
}
