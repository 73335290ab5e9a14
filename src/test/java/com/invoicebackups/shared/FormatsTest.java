package com.invoicebackups.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    static final Formats US = new Formats(Locale.US, ZoneId.of("America/New_York"));
    static final Formats UK = new Formats(Locale.UK, ZoneId.of("Europe/London"));
    static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    @Test
    void money_in_the_project_currency_as_the_locale_writes_it() {
        Money amount = Money.of("1234567.8");
        assertThat(US.money(amount, "USD")).isEqualTo("$1,234,567.80");
        assertThat(UK.money(amount, "GBP")).isEqualTo("£1,234,567.80");
        assertThat(UK.money(amount, "USD")).isEqualTo("US$1,234,567.80");
        assertThat(US.money(amount, "EUR")).isEqualTo("€1,234,567.80");
        assertThat(Formats.of(Locale.GERMANY).money(amount, "EUR")).isEqualTo("1.234.567,80 €".replace(' ', '\u00a0'));
    }

    @Test
    void dates_are_numeric_with_the_full_year_in_the_locale_order() {
        assertThat(US.date(CHRISTMAS)).isEqualTo("12/25/2026");
        assertThat(UK.date(CHRISTMAS)).isEqualTo("25/12/2026");
        assertThat(US.date(null)).isEmpty();
    }

    @Test
    void an_instant_is_shown_in_the_zone_of_the_formats() {
        Instant noonInLondon = LocalDateTime.of(2026, 12, 25, 12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        assertThat(UK.dateTime(noonInLondon)).isEqualTo("25/12/2026 12:00");
        assertThat(US.dateTime(noonInLondon)).isEqualTo("12/25/2026 7:00 AM");
    }

    @Test
    void a_dictionary_variant_on_the_locale_changes_no_format() {
        Formats ukSpecialty = Formats.of(Locale.of("en", "GB", "specialty"));
        assertThat(ukSpecialty.date(CHRISTMAS)).isEqualTo("25/12/2026");
        assertThat(ukSpecialty.money(Money.of("5"), "GBP")).isEqualTo("£5.00");
    }

    @Test
    void file_sizes_in_kilobytes_or_megabytes_with_the_locale_decimal_mark() {
        assertThat(US.fileSize(10)).isEqualTo("1 KB");
        assertThat(US.fileSize(300_000)).isEqualTo("293 KB");
        assertThat(US.fileSize(3_565_158)).isEqualTo("3.4 MB");
        assertThat(Formats.of(Locale.GERMANY).fileSize(3_565_158)).isEqualTo("3,4 MB");
    }

    @Test
    void a_percentage_has_up_to_two_decimals_and_none_that_say_nothing() {
        assertThat(US.percent(new java.math.BigDecimal("10.00"))).isEqualTo("10%");
        assertThat(US.percent(new java.math.BigDecimal("42.8125"))).isEqualTo("42.81%");
        assertThat(US.percent(new java.math.BigDecimal("7.5"))).isEqualTo("7.5%");
        assertThat(Formats.of(Locale.UK).percent(new java.math.BigDecimal("5"))).isEqualTo("5%");
        assertThat(US.percent(null)).isEmpty();
    }
}
