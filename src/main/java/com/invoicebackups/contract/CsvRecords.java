package com.invoicebackups.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated records as RFC 4180 describes them, one at a time. Quoted fields may hold
 * commas, doubled quotes and line breaks; a quote inside an unquoted field is kept as it is (6" pipe).
 * Line breaks may be \n, \r\n or \r and read as \n inside a field; a byte order mark is skipped.
 */
final class CsvRecords {

    /** A record, the physical line it starts on, and the key of what is wrong with its quoting, if anything. */
    record Row(int line, List<String> fields, String quotingProblem) {

        boolean blank() {
            return quotingProblem == null && fields.stream().allMatch(String::isBlank);
        }
    }

    private static final int END = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    // Longer than any column allows, so nothing is lost; keeps an unclosed quote from holding the whole file.
    private static final int FIELD_LIMIT = 1_000;

    private final BufferedReader in;
    private int line = 1;

    CsvRecords(Reader reader) throws IOException {
        in = new BufferedReader(reader);
        in.mark(1);
        if (in.read() != BYTE_ORDER_MARK) {
            in.reset();
        }
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        int start = line;
        int c = read();
        if (c == END) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String problem = null;
        while (c != END && c != '\n') {
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '"' && !quoted && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                if (!readQuoted(field)) {
                    problem = "sov.csv.quote.unclosed";
                }
            } else {
                if (quoted && !Character.isWhitespace(c) && problem == null) {
                    problem = "sov.csv.quote.stray";
                }
                append(field, c);
            }
            c = read();
        }
        fields.add(field.toString());
        return new Row(start, List.copyOf(fields), problem);
    }

    /** Reads a quoted field after its opening quote; false when the input ends before the closing one. */
    private boolean readQuoted(StringBuilder field) throws IOException {
        for (int c = read(); c != END; c = read()) {
            if (c == '"') {
                in.mark(1);
                if (in.read() != '"') {
                    in.reset();
                    return true;
                }
            }
            append(field, c);
        }
        return false;
    }

    private static void append(StringBuilder field, int c) {
        if (field.length() < FIELD_LIMIT) {
            field.append((char) c);
        }
    }

    /** The next character with every line break read as \n, counting lines. */
    private int read() throws IOException {
        int c = in.read();
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
