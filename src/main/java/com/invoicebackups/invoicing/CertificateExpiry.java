package com.invoicebackups.invoicing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expiry an insurance certificate states, read from the text of its first pages: the earliest date after
 * "expires", "expiration date" or "exp. date" (a certificate lists several policies; the first to lapse counts).
 * Only a proposal: the user confirms it. Empty when none is found or the file cannot be read within the engine's
 * bounds (time, size, depth, bombs).
 */
final class CertificateExpiry {

    private static final int PAGES = 2;
    private static final Pattern EXPIRY = Pattern.compile("(?i)(?:expires|expiry|expiration(?:\\s+date)?|exp\\.?\\s*date)"
            + "\\s*(?:on|:)?\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}|[A-Za-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    private static final Pattern INSURANCE = Pattern.compile("(?i)\\binsurance\\b");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.US);

    private CertificateExpiry() {
    }

    static Optional<LocalDate> read(FileJudge reader, Path pdf) {
        return read(reader, pdf, false);
    }

    /** As above, only from a file whose text also speaks of insurance: evidence that it is a certificate. */
    static Optional<LocalDate> readCertificate(FileJudge reader, Path pdf) {
        return read(reader, pdf, true);
    }

    private static Optional<LocalDate> read(FileJudge reader, Path pdf, boolean insuranceNamed) {
        LocalDate earliest = null;
        boolean insurance = false;
        for (String text : reader.text(pdf, PAGES).orElse(java.util.List.of())) {
            insurance |= INSURANCE.matcher(text).find();
            Matcher matcher = EXPIRY.matcher(text);
            while (matcher.find()) {
                LocalDate date = parse(matcher.group(1));
                if (date != null && (earliest == null || date.isBefore(earliest))) {
                    earliest = date;
                }
            }
        }
        return insuranceNamed && !insurance ? Optional.empty() : Optional.ofNullable(earliest);
    }

    static LocalDate parse(String text) {
        String date = text.replace(",", " ").replace(".", " ").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, US, LONG, SHORT}) {
            try {
                return LocalDate.parse(date, format);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
