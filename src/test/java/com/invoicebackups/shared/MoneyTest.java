package com.invoicebackups.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_keep_two_decimals_rounded_half_up() {
        assertThat(Money.of("10.005").amount()).isEqualByComparingTo("10.01");
        assertThat(Money.of("10.004").toString()).isEqualTo("10.00");
    }

    @Test
    void percentages_round_to_the_cent() {
        assertThat(Money.of("1234.55").percent(BigDecimal.TEN)).isEqualTo(Money.of("123.46"));
        assertThat(Money.of("50.00").percentOf(Money.of("200.00"))).isEqualByComparingTo("25.00");
        assertThat(Money.of("50.00").percentOf(Money.ZERO)).isEqualByComparingTo("0");
    }
}
