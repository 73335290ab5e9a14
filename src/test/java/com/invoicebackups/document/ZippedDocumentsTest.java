package com.invoicebackups.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZippedDocumentsTest {

    @TempDir
    Path folder;

    @Test
    void the_zip_holds_each_document_whole_under_its_name_in_order() throws IOException {
        DocumentStore store = new FolderDocumentStore(folder);
        byte[] large = bytes(3_000_000, 1);
        byte[] small = bytes(10, 2);
        byte[] empty = new byte[0];
        List<ZippedDocuments.Entry> entries = List.of(
                new ZippedDocuments.Entry("Backup - volume 1 of 3.pdf", store.put(new ByteArrayInputStream(large))),
                new ZippedDocuments.Entry("Backup - volume 2 of 3.pdf", store.put(new ByteArrayInputStream(small))),
                new ZippedDocuments.Entry("Sécurité - volume 3 of 3.pdf", store.put(new ByteArrayInputStream(empty))));

        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new OddReads(new ZippedDocuments(store, entries)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                contents.add(zip.readAllBytes());
            }
        }

        assertThat(names).containsExactly("Backup - volume 1 of 3.pdf", "Backup - volume 2 of 3.pdf",
                "Sécurité - volume 3 of 3.pdf");
        assertThat(contents.get(0)).isEqualTo(large);
        assertThat(contents.get(1)).isEqualTo(small);
        assertThat(contents.get(2)).isEmpty();
    }

    @Test
    void a_document_missing_from_the_store_fails_the_read_instead_of_ending_the_zip_early() throws IOException {
        DocumentStore store = new FolderDocumentStore(folder);
        List<ZippedDocuments.Entry> entries = List.of(
                new ZippedDocuments.Entry("one.pdf", store.put(new ByteArrayInputStream(bytes(100, 3)))),
                new ZippedDocuments.Entry("gone.pdf", "no-such-key"));

        try (InputStream zip = new ZippedDocuments(store, entries)) {
            assertThatThrownBy(zip::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Reads in uneven, mostly small requests, one byte at a time now and then, as a slow reader might. */
    private static final class OddReads extends InputStream {
        private final InputStream in;
        private int reads;

        OddReads(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            reads++;
            return reads % 7 == 0 ? read1(buffer, offset) : in.read(buffer, offset, Math.min(length, 1 + reads % 5000));
        }

        private int read1(byte[] buffer, int offset) throws IOException {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            buffer[offset] = (byte) b;
            return 1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
