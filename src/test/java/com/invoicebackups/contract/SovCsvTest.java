package com.invoicebackups.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.shared.Money;
import com.invoicebackups.terminology.Dictionary;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SovCsvTest {

    private static final String HEADER = "item,description,scheduled_value,cost_code,change_order\n";

    @Test
    void a_good_file_reads_back_exactly() throws IOException {
        String csv = "\uFEFF Change_Order , ITEM,Description,scheduled_value,cost_code\r\n"
                + "no,1,Mobilization,\"$12,500.00\",01-500\r\n"
                + "\r\n"
                + ",2,\"Concrete, footings and \"\"grade\"\" beams\",48200,\r\n"
                + "YES,CO-1,6\" pipe, $ 1500.5 ,\r\n"
                + "y,CO-2,  Added rebar  ,.75,03-200\r\n";

        assertThat(imported(csv)).containsExactly(
                new NewSovLine("1", "Mobilization", Money.of("12500.00"), "01-500", false),
                new NewSovLine("2", "Concrete, footings and \"grade\" beams", Money.of("48200.00"), null, false),
                new NewSovLine("CO-1", "6\" pipe", Money.of("1500.50"), null, true),
                new NewSovLine("CO-2", "Added rebar", Money.of("0.75"), "03-200", true));
    }

    @Test
    void a_file_from_excel_on_windows_reads_in_its_own_encoding_and_one_with_semicolons_says_so() throws IOException {
        String text = HEADER + "1,Béton coulé – 3\" dalle,1500,,\n";
        // "CSV (Comma delimited)" on Windows: Windows-1252, where é and – are single bytes that UTF-8 refuses
        SovCsv.Result windows = SovCsv.read(text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        SovCsv.Result utf8WithMark = SovCsv.read(("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (SovCsv.Result result : List.of(windows, utf8WithMark)) {
            assertThat(((SovCsv.Imported) result).lines()).containsExactly(
                    new NewSovLine("1", "Béton coulé – 3\" dalle", Money.of("1500.00"), null, false));
        }

        SovCsv.Result semicolons = SovCsv.read("item;description;scheduled_value\n1;Footings;1500,50\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(((SovCsv.Refused) semicolons).problems()).extracting(SovCsvProblem::messageKey)
                .containsExactly("sov.csv.semicolons");
    }

    @Test
    void the_optional_columns_may_be_left_out() throws IOException {
        assertThat(imported("scheduled_value,description,item\n0,General conditions,A1"))
                .containsExactly(new NewSovLine("A1", "General conditions", Money.ZERO, null, false));
    }

    @Test
    void amounts_read_as_an_administrator_types_them() throws IOException {
        assertThat(amount("1234")).isEqualTo(Money.of("1234.00"));
        assertThat(amount("$1,234,567.5")).isEqualTo(Money.of("1234567.50"));
        assertThat(amount("1.500")).isEqualTo(Money.of("1.50"));
        assertThat(amount("7.")).isEqualTo(Money.of("7.00"));
        assertThat(amount("-0")).isEqualTo(Money.ZERO);
        assertThat(amount("99999999999999999.99")).isEqualTo(Money.of("99999999999999999.99"));
    }

    @Test
    void one_bad_line_among_good_ones_refuses_the_file_and_names_the_line() throws IOException {
        String csv = HEADER
                + "1,Mobilization,100,,\n"
                + "2,Demolition,200,,\n"
                + "3,Concrete,\"12,5x\",,\n"
                + "4,Steel,400,,\n";

        List<SovCsvProblem> problems = refused(csv);

        assertThat(problems).containsExactly(new SovCsvProblem(4, "sov.csv.amount.not-a-number", List.of("12,5x")));
        assertThat(Dictionary.load(Dictionary.DEFAULT).get(problems.getFirst().messageKey(),
                problems.getFirst().messageArguments()))
                .isEqualTo("Line 4: the scheduled value \"12,5x\" is not an amount.");
    }

    @Test
    void every_bad_line_is_reported_with_its_reason() throws IOException {
        String csv = HEADER
                + "1,Good,100,,\n"
                + ",No item,100,,\n"
                + "1234567890123456789012345678901,Long item,100,,\n"
                + "3,,100,,\n"
                + "4," + "d".repeat(301) + ",100,,\n"
                + "5,No amount,,,\n"
                + "6,Decimal comma,\"12,5\",,\n"
                + "7,Negative,-$5,,\n"
                + "8,Cents,1.234,,\n"
                + "9,Huge,123456789012345678,,\n"
                + "10,Long code,1," + "c".repeat(41) + ",\n"
                + "11,Maybe,1,,maybe\n"
                + "12,Short,1\n"
                + "13,Long,1,,,\n"
                + "14,Stray,\"1\"x,,\n";

        assertThat(refused(csv)).containsExactly(
                new SovCsvProblem(3, "sov.csv.item.missing", List.of()),
                new SovCsvProblem(4, "sov.csv.item.too-long", List.of("1234567890123456789012345678901", 30)),
                new SovCsvProblem(5, "sov.csv.description.missing", List.of()),
                new SovCsvProblem(6, "sov.csv.description.too-long", List.of(300)),
                new SovCsvProblem(7, "sov.csv.amount.missing", List.of()),
                new SovCsvProblem(8, "sov.csv.amount.not-a-number", List.of("12,5")),
                new SovCsvProblem(9, "sov.csv.amount.negative", List.of("-$5")),
                new SovCsvProblem(10, "sov.csv.amount.decimals", List.of("1.234")),
                new SovCsvProblem(11, "sov.csv.amount.too-large", List.of("123456789012345678")),
                new SovCsvProblem(12, "sov.csv.cost-code.too-long", List.of("c".repeat(39) + "\u2026", 40)),
                new SovCsvProblem(13, "sov.csv.change-order.not-yes-or-no", List.of("maybe")),
                new SovCsvProblem(14, "sov.csv.field-count", List.of(3, 5)),
                new SovCsvProblem(15, "sov.csv.field-count", List.of(6, 5)),
                new SovCsvProblem(16, "sov.csv.quote.stray", List.of()));
    }

    @Test
    void one_line_may_have_several_problems() throws IOException {
        assertThat(refused(HEADER + ",,abc,,perhaps\n")).extracting(SovCsvProblem::messageKey).containsExactly(
                "sov.csv.item.missing", "sov.csv.description.missing", "sov.csv.amount.not-a-number",
                "sov.csv.change-order.not-yes-or-no");
    }

    @Test
    void a_repeated_item_names_the_line_it_first_stands_on() throws IOException {
        String csv = HEADER
                + "1,Mobilization,100,,\n"
                + "2,Demolition,200,,\n"
                + "1,Mobilization again,100,,\n"
                + "co-1,Change,5,,yes\n"
                + "CO-1,Same change,5,,yes\n";

        assertThat(refused(csv)).containsExactly(
                new SovCsvProblem(4, "sov.csv.item.duplicate", List.of("1", 2)),
                new SovCsvProblem(6, "sov.csv.item.duplicate", List.of("CO-1", 5)));
    }

    @Test
    void header_problems_are_reported_on_its_line_and_the_lines_below_are_not_read() throws IOException {
        assertThat(refused("\n\nitem,descripton,Scheduled_Value,item,\n,,x,,\n")).containsExactly(
                new SovCsvProblem(3, "sov.csv.header.unknown", List.of("descripton")),
                new SovCsvProblem(3, "sov.csv.header.repeated", List.of("item")),
                new SovCsvProblem(3, "sov.csv.header.blank", List.of(5)),
                new SovCsvProblem(3, "sov.csv.header.missing", List.of("description")));
    }

    @Test
    void an_empty_file_or_a_header_alone_has_no_lines() throws IOException {
        SovCsvProblem noLines = new SovCsvProblem(0, "sov.csv.no-lines", List.of());
        assertThat(refused("")).containsExactly(noLines);
        assertThat(refused("\uFEFF\r\n  \r\n")).containsExactly(noLines);
        assertThat(refused(HEADER)).containsExactly(noLines);
        assertThat(refused(HEADER + "\n,,,,\n")).containsExactly(noLines);
    }

    @Test
    void problems_name_the_line_where_a_multi_line_record_starts() throws IOException {
        String csv = HEADER
                + "1,\"Concrete,\r\nfootings\nand walls\",100,,\n"
                + "2,Steel,-1,,\n"
                + "3,\"Two\nlines\",x,,\n";

        assertThat(refused(csv)).containsExactly(
                new SovCsvProblem(5, "sov.csv.amount.negative", List.of("-1")),
                new SovCsvProblem(6, "sov.csv.amount.not-a-number", List.of("x")));
        assertThat(imported(HEADER + "1,\"Concrete,\r\nfootings\",100,,\n").getFirst().description())
                .isEqualTo("Concrete,\nfootings");
    }

    @Test
    void an_unclosed_quote_is_reported_where_its_record_starts() throws IOException {
        assertThat(refused(HEADER + "1,Good,1,,\n2,\"Open,1,,\n3,Lost,1,,\n")).containsExactly(
                new SovCsvProblem(3, "sov.csv.quote.unclosed", List.of()));
    }

    @Test
    void reading_stops_after_the_most_lines_a_schedule_holds() throws IOException {
        assertThat(imported(HEADER + lines(SovCsv.MAX_LINES))).hasSize(SovCsv.MAX_LINES);

        assertThat(refused(HEADER + lines(SovCsv.MAX_LINES + 5))).containsExactly(
                new SovCsvProblem(SovCsv.MAX_LINES + 2, "sov.csv.too-many-lines", List.of(SovCsv.MAX_LINES)));
    }

    @Test
    void the_first_problems_are_reported_and_the_rest_counted() throws IOException {
        String csv = HEADER + IntStream.rangeClosed(1, 130).mapToObj(i -> i + ",Bad,x,,\n").collect(Collectors.joining());

        List<SovCsvProblem> problems = refused(csv);

        assertThat(problems).hasSize(SovCsv.MAX_PROBLEMS + 1);
        assertThat(problems.get(SovCsv.MAX_PROBLEMS - 1).line()).isEqualTo(SovCsv.MAX_PROBLEMS + 1);
        assertThat(problems.getLast()).isEqualTo(new SovCsvProblem(0, "sov.csv.more", List.of(30)));
        assertThat(Dictionary.load(Dictionary.DEFAULT).get("sov.csv.more", problems.getLast().messageArguments()))
                .isEqualTo("30 more problems were left out.");
    }

    @Test
    void every_message_key_in_the_code_has_its_words_and_every_word_its_code() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(sov\\.csv\\.[a-z.-]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/com/invoicebackups/contract"))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(SovCsvTest.class.getResourceAsStream(
                "/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Set<String> defined = messages.stringPropertyNames().stream()
                .filter(name -> name.startsWith("sov.csv.")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).contains("sov.csv.no-lines", "sov.csv.quote.unclosed", "sov.csv.more");
        assertThat(defined).isEqualTo(used);
        Dictionary words = Dictionary.load(Dictionary.DEFAULT);
        for (String name : used) {
            assertThat(words.get(name, 1234, 5, 6)).as(name).doesNotContain("{", "1,234");
        }
    }

    private static List<NewSovLine> imported(String csv) throws IOException {
        SovCsv.Result result = SovCsv.read(new StringReader(csv));
        assertThat(result).isInstanceOf(SovCsv.Imported.class);
        return ((SovCsv.Imported) result).lines();
    }

    private static List<SovCsvProblem> refused(String csv) throws IOException {
        SovCsv.Result result = SovCsv.read(new StringReader(csv));
        assertThat(result).isInstanceOf(SovCsv.Refused.class);
        return ((SovCsv.Refused) result).problems();
    }

    private static Money amount(String text) throws IOException {
        return imported(HEADER + "1,Line,\"" + text + "\",,\n").getFirst().scheduledValue();
    }

    private static String lines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> i + ",Line " + i + ",1,,\n").collect(Collectors.joining());
    }
}
