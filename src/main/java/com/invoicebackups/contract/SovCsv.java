package com.invoicebackups.contract;

import com.invoicebackups.shared.Money;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import com.invoicebackups.shared.AmountText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a schedule of values from CSV, all of it or nothing. For example:
 *
 * <pre>
 * item,description,scheduled_value,cost_code,change_order
 * 1,Mobilization,"$12,500.00",01-500,no
 * 2,"Concrete, footings",48200,03-300,
 * CO-1,Added rebar,1500.5,03-200,yes
 * </pre>
 *
 * The header names the columns in any order; cost_code and change_order may be left out. Amounts
 * may carry a dollar sign and thousands separators; change_order is yes, no, y, n, true, false or
 * empty for no. A file with any bad line yields every problem found (up to {@value #MAX_PROBLEMS})
 * and no lines.
 */
public final class SovCsv {

    public static final int MAX_LINES = 2_000;
    public static final int MAX_PROBLEMS = 100;
    private static final int ITEM_LENGTH = 30;
    private static final int DESCRIPTION_LENGTH = 300;
    private static final int COST_CODE_LENGTH = 40;
    // DECIMAL(19,2) leaves 17 digits before the point.
    private static final int AMOUNT_INTEGER_DIGITS = 17;
    private static final int SHOWN_LENGTH = 40;

    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("", "no", "n", "false");

    /** Either every line of the file or every problem found in it. */
    public sealed interface Result permits Imported, Refused {
    }

    public record Imported(List<NewSovLine> lines) implements Result {
        public Imported {
            lines = List.copyOf(lines);
        }
    }

    public record Refused(List<SovCsvProblem> problems) implements Result {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    private enum Column {
        ITEM("item", true),
        DESCRIPTION("description", true),
        SCHEDULED_VALUE("scheduled_value", true),
        COST_CODE("cost_code", false),
        CHANGE_ORDER("change_order", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    private SovCsv() {
    }

    /**
     * Reads a file as spreadsheets save it: UTF-8, with or without a byte order mark ("CSV UTF-8"), or else
     * Windows-1252 (Excel's plain "CSV (Comma delimited)" on Windows), whose bytes are seldom valid UTF-8.
     */
    public static Result read(byte[] bytes) throws IOException {
        return read(new StringReader(decode(bytes)));
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Reads the whole file, decoded. */
    public static Result read(Reader reader) throws IOException {
        CsvRecords records = new CsvRecords(reader);
        Problems problems = new Problems();
        CsvRecords.Row header = nextFilled(records);
        if (header == null) {
            problems.add(0, "sov.csv.no-lines");
            return problems.result();
        }
        Map<Column, Integer> columns = columns(header, problems);
        if (problems.found()) {
            // Without a sound header every line would only repeat its mistakes.
            return problems.result();
        }
        List<NewSovLine> lines = new ArrayList<>();
        Map<String, Integer> firstLineOfItem = new HashMap<>();
        int count = 0;
        for (CsvRecords.Row row = nextFilled(records); row != null; row = nextFilled(records)) {
            if (++count > MAX_LINES) {
                problems.stop(row.line(), "sov.csv.too-many-lines", MAX_LINES);
                break;
            }
            int before = problems.total();
            NewSovLine line = line(row, header.fields().size(), columns, firstLineOfItem, problems);
            if (problems.total() == before) {
                lines.add(line);
            }
        }
        if (count == 0) {
            problems.add(0, "sov.csv.no-lines");
        }
        return problems.found() ? problems.result() : new Imported(lines);
    }

    private static CsvRecords.Row nextFilled(CsvRecords records) throws IOException {
        CsvRecords.Row row = records.next();
        while (row != null && row.blank()) {
            row = records.next();
        }
        return row;
    }

    private static Map<Column, Integer> columns(CsvRecords.Row header, Problems problems) {
        if (header.quotingProblem() != null) {
            problems.add(header.line(), header.quotingProblem());
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> names = header.fields();
        if (names.size() == 1 && names.getFirst().contains(";")) {
            // Excel writes CSV with semicolons where the comma is the decimal mark; amounts then read wrongly too
            problems.add(header.line(), "sov.csv.semicolons");
            return columns;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            Column column = column(name);
            if (name.isEmpty()) {
                problems.add(header.line(), "sov.csv.header.blank", i + 1);
            } else if (column == null) {
                problems.add(header.line(), "sov.csv.header.unknown", shown(name));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(header.line(), "sov.csv.header.repeated", name);
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(header.line(), "sov.csv.header.missing", column.header);
            }
        }
        return columns;
    }

    private static Column column(String name) {
        for (Column column : Column.values()) {
            if (column.header.equals(name)) {
                return column;
            }
        }
        return null;
    }

    /** The line the row holds, or null when it added problems. */
    private static NewSovLine line(CsvRecords.Row row, int width, Map<Column, Integer> columns,
                                   Map<String, Integer> firstLineOfItem, Problems problems) {
        int at = row.line();
        if (row.quotingProblem() != null) {
            problems.add(at, row.quotingProblem());
            return null;
        }
        if (row.fields().size() != width) {
            problems.add(at, "sov.csv.field-count", row.fields().size(), width);
            return null;
        }
        String item = field(row, columns, Column.ITEM);
        if (item.isEmpty()) {
            problems.add(at, "sov.csv.item.missing");
        } else if (tooLong(item, ITEM_LENGTH)) {
            problems.add(at, "sov.csv.item.too-long", shown(item), ITEM_LENGTH);
        } else {
            Integer first = firstLineOfItem.putIfAbsent(item.toLowerCase(Locale.ROOT), at);
            if (first != null) {
                problems.add(at, "sov.csv.item.duplicate", item, first);
            }
        }
        String description = field(row, columns, Column.DESCRIPTION);
        if (description.isEmpty()) {
            problems.add(at, "sov.csv.description.missing");
        } else if (tooLong(description, DESCRIPTION_LENGTH)) {
            problems.add(at, "sov.csv.description.too-long", DESCRIPTION_LENGTH);
        }
        Money value = amount(at, field(row, columns, Column.SCHEDULED_VALUE), problems);
        String costCode = field(row, columns, Column.COST_CODE);
        if (tooLong(costCode, COST_CODE_LENGTH)) {
            problems.add(at, "sov.csv.cost-code.too-long", shown(costCode), COST_CODE_LENGTH);
        }
        String changeOrder = field(row, columns, Column.CHANGE_ORDER);
        String answer = changeOrder.toLowerCase(Locale.ROOT);
        if (!YES.contains(answer) && !NO.contains(answer)) {
            problems.add(at, "sov.csv.change-order.not-yes-or-no", shown(changeOrder));
        }
        return new NewSovLine(item, description, value, costCode.isEmpty() ? null : costCode, YES.contains(answer));
    }

    /** The trimmed field of a column, or "" for an optional column the file leaves out. */
    private static String field(CsvRecords.Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.fields().get(index).strip();
    }

    /** A plain amount, optionally with a dollar sign and thousands separators: 1234.5, $1,234.50. */
    private static Money amount(int at, String text, Problems problems) {
        if (text.isEmpty()) {
            problems.add(at, "sov.csv.amount.missing");
            return null;
        }
        // the grouping is checked, so that a decimal comma (12,5) is refused rather than read as 125
        BigDecimal amount = AmountText.parse(text).orElse(null);
        if (amount == null) {
            problems.add(at, "sov.csv.amount.not-a-number", shown(text));
            return null;
        }
        boolean negative = amount.signum() < 0;
        amount = amount.abs();
        if (negative && amount.signum() != 0) {
            problems.add(at, "sov.csv.amount.negative", shown(text));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(at, "sov.csv.amount.decimals", shown(text));
        } else if (amount.precision() - amount.scale() > AMOUNT_INTEGER_DIGITS) {
            problems.add(at, "sov.csv.amount.too-large", shown(text));
        } else {
            return Money.of(amount);
        }
        return null;
    }

    private static boolean tooLong(String text, int limit) {
        return text.codePointCount(0, text.length()) > limit;
    }

    /** A value as a message may quote it: shortened when it is long. */
    private static String shown(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH - 1) + "\u2026";
    }

    /** Collects problems in file order, keeping the first {@value #MAX_PROBLEMS} and counting the rest. */
    private static final class Problems {

        private final List<SovCsvProblem> kept = new ArrayList<>();
        private int leftOut;
        private SovCsvProblem stop;

        void add(int line, String key, Object... arguments) {
            if (kept.size() < MAX_PROBLEMS) {
                kept.add(new SovCsvProblem(line, key, List.of(arguments)));
            } else {
                leftOut++;
            }
        }

        /** The reason reading stopped early; always reported, whatever the count. */
        void stop(int line, String key, Object... arguments) {
            stop = new SovCsvProblem(line, key, List.of(arguments));
        }

        int total() {
            return kept.size() + leftOut;
        }

        boolean found() {
            return total() > 0 || stop != null;
        }

        Refused result() {
            List<SovCsvProblem> all = new ArrayList<>(kept);
            if (stop != null) {
                all.add(stop);
            }
            if (leftOut > 0) {
                all.add(new SovCsvProblem(0, "sov.csv.more", List.of(leftOut)));
            }
            return new Refused(all);
        }
    }
}
