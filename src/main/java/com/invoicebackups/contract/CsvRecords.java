package com.invoicebackups.contract;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Comma-separated records as RFC 4180 describes them (Apache Commons CSV), one at a time, each with the physical line
 * it starts on. Quoted fields may hold commas, doubled quotes and line breaks, which read as \n; a quote inside an
 * unquoted field is kept as it is (6" pipe); a byte order mark is skipped. A quoting mistake ends the reading with
 * the line of the record it is in, as nothing after it can be told apart reliably.
 */
final class CsvRecords {

    /** A record, the physical line it starts on, and the key of what is wrong with its quoting, if anything. */
    record Row(int line, List<String> fields, String quotingProblem) {

        boolean blank() {
            return quotingProblem == null && fields.stream().allMatch(String::isBlank);
        }
    }

    private static final int BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private boolean ended;

    CsvRecords(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != BYTE_ORDER_MARK && first != -1) {
            in.unread(first);
        }
        parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
        records = parser.iterator();
    }

    /** The next record, or null at the end of the input or after a quoting mistake. */
    Row next() throws IOException {
        if (ended) {
            return null;
        }
        int start = (int) parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new Row(start, record.stream().map(CsvRecords::lineBreaks).toList(), null);
        } catch (UncheckedIOException wrongQuoting) {
            ended = true;
            String message = String.valueOf(wrongQuoting.getCause().getMessage());
            return new Row(start, List.of(""), message.contains("EOF") ? "sov.csv.quote.unclosed" : "sov.csv.quote.stray");
        }
    }

    private static String lineBreaks(String field) {
        return field.replace("\r\n", "\n").replace('\r', '\n');
    }
}
