package com.invoicebackups.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of a typed amount, for schedule of values files and invoice lines alike. */
class AmountTextTest {

    @ParameterizedTest
    @CsvSource({"1234.5, 1234.5", "'$1,234.50', 1234.50", "'1,234,567.89', 1234567.89", "-$12, -12", "$-12, -12",
            "' 7 ', 7", ".5, .5", "0, 0"})
    void reads_what_people_type(String text, String amount) {
        assertThat(AmountText.parse(text)).hasValue(new BigDecimal(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "1,23", "1,2345", "abc", "", "$", "1.2.3", "12 500", "--5", "€5"})
    void refuses_what_is_no_amount_rather_than_guess(String text) {
        assertThat(AmountText.parse(text)).isEmpty();
    }
}
