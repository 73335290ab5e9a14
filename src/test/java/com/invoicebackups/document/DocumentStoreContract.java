package com.invoicebackups.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every document store must do, run against each implementation. */
abstract class DocumentStoreContract {

    /** More than two of the S3 store's parts, so a multipart upload with a short last part. */
    static final int LARGE = 2 * S3DocumentStore.PART_BYTES + 123_457;

    abstract DocumentStore store();

    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void a_stored_document_reads_back_whole_and_in_ranges() throws IOException {
        DocumentStore store = store();
        byte[] content = bytes(10_000, 1);
        String key = store.put(new ByteArrayInputStream(content));

        assertThat(key).matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");
        assertThat(store.exists(key)).isTrue();
        assertThat(store.size(key)).isEqualTo(10_000);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = store.open(key, 100, 50)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 100, 150));
        }
        try (InputStream in = store.open(key, 9_990, 50)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 9_990, 10_000));
        }
        // a download of a range: skipping before the first read asks the store for that range only
        try (InputStream in = new DocumentResource(store, key, 10_000, "file.pdf").getInputStream()) {
            assertThat(in.skip(4_000)).isEqualTo(4_000);
            assertThat(in.readNBytes(10)).isEqualTo(Arrays.copyOfRange(content, 4_000, 4_010));
        }
        try (DocumentStore.LocalCopy copy = store.local(key)) {
            assertThat(Files.readAllBytes(copy.path())).isEqualTo(content);
        }
    }

    @Test
    void a_large_document_is_streamed_in_and_out() throws IOException {
        DocumentStore store = store();
        byte[] content = bytes(LARGE, 2);
        String key;
        try (DocumentStore.NewDocument document = store.create()) {
            for (int offset = 0; offset < content.length; offset += 65_536) {
                document.output().write(content, offset, Math.min(65_536, content.length - offset));
            }
            document.commit();
            key = document.key();
        }
        assertThat(store.size(key)).isEqualTo(LARGE);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = store.open(key, S3DocumentStore.PART_BYTES - 5, 10)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, S3DocumentStore.PART_BYTES - 5,
                    S3DocumentStore.PART_BYTES + 5));
        }
    }

    @Test
    void nothing_is_visible_before_the_commit_and_nothing_stays_when_the_writer_gives_up() throws IOException {
        DocumentStore store = store();
        String key;
        try (DocumentStore.NewDocument document = store.create()) {
            key = document.key();
            document.output().write(bytes(LARGE, 3));
            assertThat(store.exists(key)).isFalse();
            assertThat(listed(store)).doesNotContain(key);
            // the writer fails here: the document is closed without a commit
        }
        assertThat(store.exists(key)).isFalse();
        assertThat(listed(store)).doesNotContain(key);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void deleted_and_unknown_documents_are_missing_files() throws IOException {
        DocumentStore store = store();
        String key = store.put(new ByteArrayInputStream(bytes(100, 4)));
        store.delete(key);

        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.size(key)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.local(key)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(NoSuchFileException.class);
        assertThat(store.exists("../../etc/passwd")).isFalse();
    }

    @Test
    void the_sweep_lists_documents_written_before_the_cutoff() throws IOException {
        DocumentStore store = store();
        String key = store.put(new ByteArrayInputStream(bytes(100, 5)));
        try (Stream<String> before = store.keysWrittenBefore(Instant.now().minusSeconds(3600))) {
            assertThat(before).doesNotContain(key);
        }
        assertThat(listed(store)).contains(key);
    }

    private static List<String> listed(DocumentStore store) throws IOException {
        try (Stream<String> keys = store.keysWrittenBefore(Instant.now().plusSeconds(3600))) {
            return keys.toList();
        }
    }
}
