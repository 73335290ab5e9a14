package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.backup.pdf.BackupRequest.Reconciliation;
import com.invoicebackups.backup.pdf.BackupRequest.Reconciliation.Kind;
import com.invoicebackups.backup.pdf.StatedAmount;
import com.invoicebackups.shared.Money;
import com.invoicebackups.terminology.Dictionary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private final Reconciler reconciler = new Reconciler(Dictionary.load("gc"), "USD");

    @Test
    void totals_per_subcontractor_with_more_than_one_invoice_and_for_the_package() {
        Reconciliation reconciliation = reconciler.reconcile(List.of(
                figures("SC-1", "Bedrock", "1-01", "100.00", null),
                figures("SC-2", "Bedrock", "2-01", "50.00", null),
                figures("SC-3", "Granite", "3-01", "10.00", null)), null);

        assertThat(reconciliation.rows()).extracting(Reconciliation.Row::kind)
                .containsExactly(Kind.INVOICE, Kind.INVOICE, Kind.SUBTOTAL, Kind.INVOICE, Kind.TOTAL);
        assertThat(reconciliation.rows().get(2).invoice()).isEqualTo("Total Bedrock");
        assertThat(reconciliation.rows().get(2).work()).isEqualTo("$150.00");
        assertThat(reconciliation.rows().getLast().work()).isEqualTo("$160.00");
        assertThat(reconciliation.rows().getLast().due()).isEqualTo("$144.00");
        assertThat(reconciliation.flags()).isEmpty();
    }

    @Test
    void a_stated_amount_is_flagged_only_when_it_differs_from_the_lines() {
        Reconciliation reconciliation = reconciler.reconcile(List.of(
                figures("SC-1", "Bedrock", "1-01", "100.00", "90.00"),
                figures("SC-2", "Bedrock", "2-01", "100.00", "95.00")), null);

        assertThat(reconciliation.flags())
                .containsExactly("SC-2 2-01: the signed invoice document states $95.00 due, its lines give $90.00.");
        assertThat(reconciliation.rows().get(1).flag()).isEqualTo(reconciliation.flags().getFirst());
        assertThat(reconciliation.rows().get(0).flag()).isNull();
    }

    @Test
    void an_owner_invoice_that_bills_at_least_what_it_carries_reconciles_and_one_that_bills_less_is_flagged() {
        List<Reconciler.Figures> carried = List.of(figures("SC-1", "Bedrock", "1-01", "100.00", null));

        Reconciliation enough = reconciler.reconcile(carried, figures("PC-1", "Owner", "OA-1", "120.00", null));
        assertThat(enough.flags()).isEmpty();
        assertThat(enough.rows()).extracting(Reconciliation.Row::kind)
                .containsExactly(Kind.INVOICE, Kind.TOTAL, Kind.OWNER, Kind.DIFFERENCE);
        assertThat(enough.rows().getLast().work()).isEqualTo("$20.00");

        Reconciliation below = reconciler.reconcile(carried, figures("PC-1", "Owner", "OA-1", "80.00", null));
        assertThat(below.flags()).containsExactly("OA-1: the owner invoice bills $80.00 this period (work and stored "
                + "materials), less than the $100.00 of the approved subcontractor invoices it carries.");
        assertThat(below.rows().getLast().work()).isEqualTo("-$20.00");
    }

    @Test
    void stated_amounts_are_read_in_either_decimal_convention() {
        assertThat(StatedAmount.parseFigure("1,234.50").orElseThrow()).isEqualByComparingTo("1234.50");
        assertThat(StatedAmount.parseFigure("1.234,50").orElseThrow()).isEqualByComparingTo("1234.50");
        assertThat(StatedAmount.parseFigure("1 234,50").orElseThrow()).isEqualByComparingTo("1234.50");
        assertThat(StatedAmount.parseFigure("12,345").orElseThrow()).isEqualByComparingTo("12345");
    }

    private static Reconciler.Figures figures(String contract, String company, String invoice, String work, String stated) {
        Money amount = Money.of(work);
        Money retainage = amount.percent(BigDecimal.TEN);
        return new Reconciler.Figures(contract, company, invoice, amount, Money.ZERO, retainage, amount.minus(retainage),
                stated == null ? null : new BigDecimal(stated));
    }
}
