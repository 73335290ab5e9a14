package com.invoicebackups.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Money, dates and times as a locale writes them: the one formatter of the screens, the PDFs and the mails.
 * Dates are numeric with a four-digit year (12/25/2026 in the US, 25/12/2026 in the UK).
 */
public final class Formats {

    private static final Map<Locale, Formats> CACHE = new ConcurrentHashMap<>();
    public static final Formats US = of(Locale.US);

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        String datePattern = pattern(FormatStyle.SHORT, null).replaceAll("y+", "yyyy");
        this.date = DateTimeFormatter.ofPattern(datePattern, locale);
        this.dateTime = DateTimeFormatter.ofPattern(datePattern + " " + pattern(null, FormatStyle.SHORT), locale);
    }

    /** The formats of a locale (a dictionary's variant on it changes nothing), in this machine's time zone. */
    public static Formats of(Locale locale) {
        return CACHE.computeIfAbsent(locale, key -> new Formats(key, ZoneId.systemDefault()));
    }

    /** The formats a language tag asks for; US ones for none. */
    public static Formats of(String languageTag) {
        return languageTag == null || languageTag.isBlank() ? US : of(Locale.forLanguageTag(languageTag));
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The amount in the currency (an ISO 4217 code), as this locale writes it: $1,234.50 or US$1,234.50. */
    public String money(Money amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return plainSpaces(format.format(amount.amount()));
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** A date and time of day; an instant is shown in this formatter's time zone. */
    public String dateTime(TemporalAccessor at) {
        if (at == null) {
            return "";
        }
        return plainSpaces(dateTime.format(at instanceof Instant instant ? instant.atZone(zone) : at));
    }

    /**
     * A percentage given in percent (10 for 10 %), as this locale writes one, with up to two decimals and none that
     * say nothing: 10%, 42.81%, 7.5%. Retainage rates and the share of work complete alike.
     */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return plainSpaces(format.format(percent.movePointLeft(2)));
    }

    /** A file size in KB below one megabyte, else in MB with one decimal: 12 KB, 3.4 MB. */
    public String fileSize(long bytes) {
        if (bytes < ByteSizes.MEGABYTE) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return plainSpaces(format.format(bytes / (double) ByteSizes.MEGABYTE)) + " MB";
    }

    private String pattern(FormatStyle dateStyle, FormatStyle timeStyle) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(dateStyle, timeStyle, IsoChronology.INSTANCE,
                locale);
    }

    // the PDFs' standard fonts have no narrow no-break space, which some locales put in times and amounts
    private static String plainSpaces(String text) {
        return text.replace('\u202f', ' ');
    }
}
