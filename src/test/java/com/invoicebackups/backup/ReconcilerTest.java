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

    @Test
    void balances_to_date_come_from_each_contracts_latest_invoice_and_period_figures_add_up() {
        // SC-1 billed three times: its retainage and stored materials to date are those of 1-04 alone
        Reconciliation reconciliation = reconciler.reconcile(List.of(
                balances("SC-1", 2, "1000.00", "300.00", "13983.94", "900.00"),
                balances("SC-1", 4, "1500.00", "200.00", "28209.33", "1350.00"),
                balances("SC-1", 3, "2000.00", "250.00", "20515.54", "1800.00"),
                balances("SC-2", 5, "100.00", "2734.50", "500.00", "90.00")), null);

        Reconciliation.Row subtotal = reconciliation.rows().get(3);
        assertThat(subtotal.kind()).isEqualTo(Kind.SUBTOTAL);
        assertThat(subtotal.work()).isEqualTo("$4,500.00");
        assertThat(subtotal.due()).isEqualTo("$4,050.00");
        assertThat(subtotal.retainage()).isEqualTo("$28,209.33");
        assertThat(subtotal.materials()).isEqualTo("$200.00");
        Reconciliation.Row total = reconciliation.rows().getLast();
        assertThat(total.work()).isEqualTo("$4,600.00");
        assertThat(total.retainage()).isEqualTo("$28,709.33");
        assertThat(total.materials()).isEqualTo("$2,934.50");
        assertThat(total.due()).isEqualTo("$4,140.00");
    }

    @Test
    void an_owner_invoice_is_set_against_the_invoices_it_carries_line_by_line_where_cost_codes_match() {
        Reconciler.Figures owner = figures("PC-1", "Owner", "OA-1", "700.00", null).withLines(List.of(
                line("03-300", "1 Concrete", "500.00", "50.00"),
                line(" 03-300 ", "2 Concrete pumps", "20.00", "0.00"),
                line("05-100", "3 Steel", "0.00", "0.00"),
                line("01-000", "4 General conditions", "180.00", "0.00"),
                line(null, "5 Allowance", "10.00", "0.00")));
        List<Reconciler.Figures> carried = List.of(
                figures("SC-1", "Bedrock", "1-01", "400.00", null).withLines(List.of(
                        line("03-300", "1 Footings", "300.00", "50.00"), line("09-900", "2 Paint", "40.00", "0.00"),
                        line("05-100", "3 Rebar", "0.00", "0.00"))),
                figures("SC-2", "Granite", "2-01", "200.00", null).withLines(List.of(
                        line("03-300", "1 Slabs", "200.00", "0.00"), line(null, "2 Extra", "5.00", "1.00"))));

        List<Reconciliation.CostCodeRow> rows = reconciler.reconcile(carried, owner).byCostCode();

        // codes in the owner's order, a code only subcontractors bill, then what has no code; 05-100 bills nothing
        assertThat(rows).extracting(Reconciliation.CostCodeRow::costCode)
                .containsExactly("03-300", "01-000", "09-900", "No cost code");
        Reconciliation.CostCodeRow concrete = rows.getFirst();
        assertThat(List.of(concrete.line(), concrete.ownerWork(), concrete.subcontractorWork(), concrete.ownerMaterials(),
                concrete.subcontractorMaterials(), concrete.difference(), concrete.from()))
                .containsExactly("1 Concrete", "$520.00", "$500.00", "$50.00", "$50.00", "$20.00", "SC-1 1-01, SC-2 2-01");
        assertThat(rows.get(1).subcontractorWork()).isEmpty();
        assertThat(rows.get(1).difference()).isEqualTo("$180.00");
        assertThat(rows.get(2).line()).isEqualTo("No line of this code on the prime contract");
        assertThat(rows.get(2).ownerWork()).isEmpty();
        assertThat(rows.get(2).difference()).isEqualTo("-$40.00");
        assertThat(rows.get(3).difference()).isEqualTo("$4.00");
        assertThat(reconciler.reconcile(carried, null).byCostCode()).as("a subcontractor backup").isEmpty();
    }

    private static Reconciler.CostLine line(String code, String label, String work, String stored) {
        return new Reconciler.CostLine(code, label, Money.of(work), Money.of(stored));
    }

    private static Reconciler.Figures balances(String contract, int position, String work, String materials,
                                               String retainage, String due) {
        return new Reconciler.Figures(contract, contract.equals("SC-1") ? "Bedrock" : "Granite",
                contract.substring(3) + "-0" + position, position,
                Money.of(work), Money.of(materials), Money.of(retainage), Money.of(due), null, List.of());
    }

    private static Reconciler.Figures figures(String contract, String company, String invoice, String work, String stated) {
        Money amount = Money.of(work);
        Money retainage = amount.percent(BigDecimal.TEN);
        return new Reconciler.Figures(contract, company, invoice, 1, amount, Money.ZERO, retainage,
                amount.minus(retainage), stated == null ? null : new BigDecimal(stated), List.of());
    }
}
