package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRequestTest {

    @Test
    void a_document_without_a_type_passes_a_type_filter_as_other() {
        BackupRequest.Source untyped = new BackupRequest.Source("scan.pdf", null, Path.of("scan.pdf"));
        assertThat(new BackupRequest.Options(true, true, Set.of("OTHER")).includes(untyped)).isTrue();
        assertThat(new BackupRequest.Options(true, true, Set.of("LIEN_WAIVER")).includes(untyped)).isFalse();
    }
}
