package com.invoicebackups.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void sort_keys_order_the_same_way_as_plain_strings() {
        assertThat(NaturalOrder.sortKey("SC-2")).isLessThan(NaturalOrder.sortKey("SC-10"));
        assertThat(NaturalOrder.sortKey("SC-10")).isLessThan(NaturalOrder.sortKey("SC-10-1"));
    }
}
