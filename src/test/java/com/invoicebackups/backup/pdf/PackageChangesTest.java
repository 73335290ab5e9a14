package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.terminology.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageChangesTest {

    private static final Dictionary GC = Dictionary.load("gc");

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
    void the_snapshot_survives_names_with_tabs_and_line_breaks() {
        PackageSnapshot snapshot = new PackageSnapshot(List.of(invoice("SC-1 1-01", "$1.00", doc("odd\tname\n.pdf", "ff"))));

        PackageSnapshot read = PackageSnapshot.decode(snapshot.encode());

        assertThat(read.invoices()).hasSize(1);
        assertThat(read.invoices().getFirst().documents()).containsExactly(doc("odd name .pdf", "ff"));
        assertThat(PackageSnapshot.decode("garbage\nI\tonly-two").invoices()).isEmpty();
    }

    private static PackageSnapshot.Invoice invoice(String key, String due, PackageSnapshot.Document... documents) {
        return new PackageSnapshot.Invoice(key, due, List.of(documents));
    }

    private static PackageSnapshot.Document doc(String name, String sha) {
        return new PackageSnapshot.Document(name, sha);
    }
}
