package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.backup.pdf.PackageOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a backup keeps in its columns as JSON reads back as it was written, whatever characters it holds. */
class BackupColumnsTest {

    @Test
    void options_read_back_equal_and_all_attachments_are_written_as_null() {
        BackupOptionsConverter column = new BackupOptionsConverter();
        BackupOptions chosen = new BackupOptions(false, true, Set.of("RECEIPT", "LIEN_WAIVER"), true, 50, false,
                PackageOrder.Ordering.BY_DOCUMENT_TYPE, List.of("INVOICE_DOCUMENT", "LIEN_WAIVER"));

        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(chosen))).isEqualTo(chosen);
        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(BackupOptions.ALL)))
                .isEqualTo(BackupOptions.ALL);
        assertThat(column.convertToDatabaseColumn(BackupOptions.ALL)).contains("\"attachmentTypes\":null")
                .contains("\"ordering\":\"BY_CONTRACT\"");
    }

    @Test
    void warnings_with_line_breaks_stay_one_warning_each() {
        WarningsConverter column = new WarningsConverter();
        List<String> warnings = List.of("SC-1 1-01: Waiver.pdf\ncould not be read", "Tab\tand \"quotes\"");

        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(warnings))).isEqualTo(warnings);
        assertThat(column.convertToDatabaseColumn(null)).isNull();
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void an_arrangement_reads_back_with_its_titles_as_typed() {
        BackupEntity backup = new BackupEntity(1, BackupKind.SUBCONTRACTOR, 1, Instant.EPOCH, List.of(7L),
                BackupOptions.ALL, "gc", null);
        Arrangement arranged = new Arrangement(List.of(
                new Arrangement.Entry(Arrangement.subcontractorKey(7), true, List.of(
                        new Arrangement.Document(Arrangement.INVOICE_DOCUMENT, true, null),
                        new Arrangement.Document(Arrangement.attachmentKey(3), false, "Waiver\tof March\n"))),
                new Arrangement.Entry(Arrangement.subcontractorKey(8), false, List.of())));

        backup.arrange(arranged);

        assertThat(backup.getArrangement()).isEqualTo(arranged);
        assertThat(backup.getOptions()).isEqualTo(BackupOptions.ALL);
        backup.arrange(null);
        assertThat(backup.getArrangement()).isNull();
    }
}
