package com.invoicebackups.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void contract_numbers_sort_by_their_numbers_not_their_characters() {
        List<String> sorted = Stream.of("SC-10", "SC-2", "SC-1", "SC-002A", "SC-21", "sc-3")
                .sorted(NaturalOrder.COMPARATOR).toList();
        assertThat(sorted).containsExactly("SC-1", "SC-2", "SC-002A", "sc-3", "SC-10", "SC-21");
    }

    @Test
    void equal_numbers_put_the_one_with_fewer_leading_zeros_first() {
        assertOrder("SC-1", "SC-01", "SC-001", "SC-2", "SC-02");
        assertOrder("SC-0", "SC-00", "SC-1");
        // the zeros decide only where the numbers are equal, before anything after them
        assertOrder("SC-1-10", "SC-01-9", "SC-2-1");
    }

    @Test
    void case_accents_and_compatibility_forms_do_not_count() {
        assertThat(NaturalOrder.COMPARATOR.compare("sc-é1", "SC-E1")).isZero();
        assertThat(NaturalOrder.COMPARATOR.compare("ＳＣ-１２", "sc-12")).isZero();
        assertThat(NaturalOrder.sortKey("Fé-Ü")).isEqualTo(NaturalOrder.sortKey("fe-u"));
        assertOrder("a-1", "É-1", "f-1");
    }

    @Test
    void numbers_longer_than_any_integer_compare_by_value() {
        assertOrder("INV-999999999999", "INV-1000000000000", "INV-99999999999999999999",
                "INV-100000000000000000000", "INV-100000000000000000001");
    }

    @Test
    void dots_and_dashes_compare_by_code_point_and_numbers_between_them_by_value() {
        assertOrder("1.2.9", "1.2.10", "1.10", "2");
        assertOrder("SC 1", "SC-1", "SC.1", "SC1", "SC_1", "SCA");
    }

    @Test
    void whitespace_counts_as_a_space_and_not_at_all_at_either_end() {
        assertThat(NaturalOrder.COMPARATOR.compare("  SC-1\t", "SC-1")).isZero();
        assertThat(NaturalOrder.sortKey("SC\t1")).isEqualTo(NaturalOrder.sortKey("SC 1"));
    }

    @Test
    void sort_keys_order_the_same_way_as_plain_strings() {
        assertThat(NaturalOrder.sortKey("SC-2")).isLessThan(NaturalOrder.sortKey("SC-10"));
        assertThat(NaturalOrder.sortKey("SC-10")).isLessThan(NaturalOrder.sortKey("SC-10-1"));
    }

    /** Pairs that share most of their parts, so that they differ deep inside as well as at the start. */
    @Test
    void the_comparator_and_the_order_of_the_keys_agree_on_generated_labels() {
        Random random = new Random(20_260_417L);
        GeneratedLabels labels = new GeneratedLabels(random, true);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            List<String> parts = labels.parts();
            String a = GeneratedLabels.label(parts);
            String b = GeneratedLabels.label(random.nextBoolean() ? labels.variant(parts) : labels.parts());
            all.add(a);
            all.add(b);
            String keyA = NaturalOrder.sortKey(a);
            String keyB = NaturalOrder.sortKey(b);
            int order = Integer.signum(NaturalOrder.COMPARATOR.compare(a, b));
            assertThat(Integer.signum(keyA.compareTo(keyB))).as("%s | %s", a, b).isEqualTo(order);
            assertThat(Integer.signum(NaturalOrder.COMPARATOR.compare(b, a))).as("%s | %s", b, a).isEqualTo(-order);
            assertThat(keyA).as("key of %s", a).matches("[\\x20-\\x7e]*").doesNotEndWith(" ");
        }
        List<String> some = all.subList(0, 5_000);
        assertThat(some.stream().sorted(NaturalOrder.COMPARATOR).toList())
                .isEqualTo(some.stream().sorted(Comparator.comparing(NaturalOrder::sortKey)).toList());
    }

    /** Each label sorts before the next, by the comparator and by its key. */
    private static void assertOrder(String... labels) {
        for (int i = 0; i + 1 < labels.length; i++) {
            assertThat(NaturalOrder.COMPARATOR.compare(labels[i], labels[i + 1]))
                    .as("%s before %s", labels[i], labels[i + 1]).isNegative();
            assertThat(NaturalOrder.sortKey(labels[i]))
                    .as("key of %s before %s", labels[i], labels[i + 1]).isLessThan(NaturalOrder.sortKey(labels[i + 1]));
        }
    }
}
