package com.invoicebackups.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.contract.SovLine;
import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A worked G702/G703 example: three lines, one a change order, with previous work and retainage. */
class PayApplicationTest {

    private final List<SovLine> sov = List.of(
            new SovLine(1, "1", "Labor", Money.of("100000.00"), "03-100", false),
            new SovLine(2, "2", "Materials", Money.of("50000.00"), "03-200", false),
            new SovLine(3, "CO-1", "Change order 1", Money.of("10000.00"), "99-001", true));

    private final PayApplication application = PayApplication.calculate(sov, BigDecimal.TEN,
            Map.of(1L, Money.of("30000.00"), 2L, Money.of("10000.00")),
            Money.of("36000.00"),
            List.of(new PayApplication.Entry(1, Money.of("20000.00"), Money.ZERO, BigDecimal.TEN),
                    new PayApplication.Entry(2, Money.of("5000.00"), Money.of("2500.00"), BigDecimal.TEN),
                    new PayApplication.Entry(3, Money.of("1000.00"), Money.ZERO, BigDecimal.valueOf(5))));

    @Test
    void continuation_sheet_columns_follow_from_previous_and_this_period() {
        PayApplication.Row labor = application.rows().get(0);
        assertThat(labor.fromPrevious()).isEqualTo(Money.of("30000.00"));
        assertThat(labor.completedToDate()).isEqualTo(Money.of("50000.00"));
        assertThat(labor.percentComplete()).isEqualByComparingTo("50.00");
        assertThat(labor.balanceToFinish()).isEqualTo(Money.of("50000.00"));
        assertThat(labor.retainage()).isEqualTo(Money.of("5000.00"));

        PayApplication.Row materials = application.rows().get(1);
        assertThat(materials.completedToDate()).isEqualTo(Money.of("17500.00"));
        assertThat(materials.percentComplete()).isEqualByComparingTo("35.00");
        assertThat(materials.balanceToFinish()).isEqualTo(Money.of("32500.00"));
        assertThat(materials.retainage()).isEqualTo(Money.of("1750.00"));

        PayApplication.Row changeOrder = application.rows().get(2);
        assertThat(changeOrder.fromPrevious()).isEqualTo(Money.ZERO);
        assertThat(changeOrder.completedToDate()).isEqualTo(Money.of("1000.00"));
        assertThat(changeOrder.retainage()).isEqualTo(Money.of("50.00"));
    }

    @Test
    void summary_lines_one_to_nine() {
        PayApplication.Summary summary = application.summary();
        assertThat(summary.originalContractSum()).isEqualTo(Money.of("150000.00"));
        assertThat(summary.netChangeByChangeOrders()).isEqualTo(Money.of("10000.00"));
        assertThat(summary.contractSumToDate()).isEqualTo(Money.of("160000.00"));
        assertThat(summary.totalCompletedAndStored()).isEqualTo(Money.of("68500.00"));
        assertThat(summary.retainage()).isEqualTo(Money.of("6800.00"));
        assertThat(summary.totalEarnedLessRetainage()).isEqualTo(Money.of("61700.00"));
        assertThat(summary.previousCertificates()).isEqualTo(Money.of("36000.00"));
        assertThat(summary.currentPaymentDue()).isEqualTo(Money.of("25700.00"));
        assertThat(summary.balanceToFinishIncludingRetainage()).isEqualTo(Money.of("98300.00"));
        assertThat(summary.workThisPeriod()).isEqualTo(Money.of("26000.00"));
    }

    @Test
    void a_line_the_invoice_does_not_mention_still_carries_its_previous_work_and_retainage() {
        PayApplication next = PayApplication.calculate(sov, BigDecimal.TEN, Map.of(1L, Money.of("40000.00")),
                Money.ZERO, List.of());
        assertThat(next.rows().get(0).completedToDate()).isEqualTo(Money.of("40000.00"));
        assertThat(next.summary().retainage()).isEqualTo(Money.of("4000.00"));
        assertThat(next.summary().workThisPeriod()).isEqualTo(Money.ZERO);
    }
}
