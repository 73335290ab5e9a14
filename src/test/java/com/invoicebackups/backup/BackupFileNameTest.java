package com.invoicebackups.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.project.Project;
import com.invoicebackups.terminology.Dictionary;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BackupFileNameTest {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 3, 31, 14, 5, 0, 0, ZoneOffset.UTC);

    @Test
    void a_usual_project_name_is_kept_whole() {
        String name = BackupFileName.of(BackupKind.SUBCONTRACTOR,
                new Project(1, "Riverside Medical Office Building", "2024-017", null, 1, "USD"),
                Dictionary.load(Dictionary.DEFAULT), AT);
        assertThat(name).isEqualTo("Subcontractor invoice backup - Riverside Medical Office Building - 2024-017"
                + " - 2026-03-31 - 14.05.pdf");
    }

    @Test
    void a_500_character_project_name_is_shortened_and_the_date_time_and_extension_stay() {
        String projectName = "Harbor Logistics Center ".repeat(21).substring(0, 500);
        String name = BackupFileName.of(BackupKind.SUBCONTRACTOR,
                new Project(1, projectName, "2025-100", null, 1, "USD"),
                Dictionary.load("specialty"), AT);
        assertThat(name).hasSizeLessThanOrEqualTo(BackupFileName.MAX_LENGTH)
                .hasSizeLessThanOrEqualTo(300)
                .startsWith("Subcontractor progress billing backup - Harbor Logistics Center")
                .contains("\u2026 - 2025-100 - ")
                .endsWith(" - 2026-03-31 - 14.05.pdf");
    }

    @Test
    void an_overlong_project_number_is_shortened_too_when_the_name_alone_is_not_enough() {
        String name = BackupFileName.of(BackupKind.SUBCONTRACTOR,
                new Project(1, "N", "9".repeat(400), null, 1, "USD"),
                Dictionary.load(Dictionary.DEFAULT), AT);
        assertThat(name).hasSizeLessThanOrEqualTo(BackupFileName.MAX_LENGTH).endsWith("\u2026 - 2026-03-31 - 14.05.pdf");
    }

    @Test
    void a_character_outside_the_basic_plane_is_never_cut_in_half() {
        String name = BackupFileName.of(BackupKind.SUBCONTRACTOR,
                new Project(1, "\uD83C\uDFD7".repeat(300), "1", null, 1, "USD"),
                Dictionary.load(Dictionary.DEFAULT), AT);
        assertThat(name).hasSizeLessThanOrEqualTo(BackupFileName.MAX_LENGTH);
        assertThat(name.codePoints().filter(point -> Character.getType(point) == Character.SURROGATE).count()).isZero();
    }
}
