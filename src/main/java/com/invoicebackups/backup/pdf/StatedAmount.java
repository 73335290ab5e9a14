package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amount a signed invoice document states as due, read from its text: the figure after "current payment due"
 * (or "amount due", "payment due") on its first pages. Empty when the document states none or cannot be read;
 * a signed document is compared with its invoice's lines only when it says what it claims.
 */
public final class StatedAmount {

    private static final int PAGES = 3;
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern DUE = Pattern.compile(
            "(?i)(?:current\\s+payment\\s+due|amount\\s+due|payment\\s+due)[^0-9\\-\\n]{0,40}(-?\\d[\\d.,\\u00a0 ]*\\d|\\d)");

    private StatedAmount() {
    }

    public static Optional<BigDecimal> currentPaymentDue(Path pdf) {
        try {
            if (Files.size(pdf) > MAX_BYTES) {
                return Optional.empty();
            }
            try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
                for (int page = 1; page <= Math.min(PAGES, document.getNumberOfPages()); page++) {
                    Matcher matcher = DUE.matcher(PdfTextExtractor.getTextFromPage(document.getPage(page)));
                    if (matcher.find()) {
                        return parseFigure(matcher.group(1));
                    }
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // an unreadable document states nothing; the compile reports it in its own way
        }
        return Optional.empty();
    }

    /** "1,234.50", "1.234,50", "1 234,50" and "1234" alike: the last separator followed by two digits is the decimal one. */
    public static Optional<BigDecimal> parseFigure(String figure) {
        String digits = figure.replace("\u00a0", "").replace(" ", "");
        int decimal = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String whole = digits;
        String fraction = "";
        if (decimal >= 0 && digits.length() - decimal - 1 == 2) {
            whole = digits.substring(0, decimal);
            fraction = digits.substring(decimal + 1);
        }
        whole = whole.replace(",", "").replace(".", "");
        try {
            return Optional.of(new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
