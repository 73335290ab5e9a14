package com.invoicebackups.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.S3Server;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving from one machine to several: the folder store's documents copied into the bucket under their keys. */
class DocumentImportIT {

    @TempDir
    Path folder;
    @TempDir
    Path temporary;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_folder_documents_arrive_in_the_bucket_under_their_keys_once() throws Exception {
        FolderDocumentStore documents = new FolderDocumentStore(folder);
        Map<String, byte[]> contents = new java.util.LinkedHashMap<>();
        for (byte[] content : List.of(DocumentStoreContract.bytes(1_000, 1), DocumentStoreContract.bytes(50_000, 2),
                DocumentStoreContract.bytes(DocumentStoreContract.LARGE, 3))) {
            contents.put(documents.put(new ByteArrayInputStream(content)), content);
        }
        String bucketName = S3Server.get().newBucket();
        try (S3DocumentStore bucket = new S3DocumentStore(S3Server.get().client(), bucketName, "", temporary)) {
            String first = contents.keySet().iterator().next();
            bucket.put(first, new ByteArrayInputStream(contents.get(first)));

            assertThat(run(bucket, "documents", "import", "--from=" + folder)).as(text(err)).isZero();
            assertThat(text(out)).contains("Copied 2 documents (17.0 MB) into the bucket; 1 were there already.");
            for (Map.Entry<String, byte[]> document : contents.entrySet()) {
                try (InputStream in = bucket.open(document.getKey())) {
                    assertThat(in.readAllBytes()).isEqualTo(document.getValue());
                }
            }

            out.reset();
            assertThat(run(bucket, "documents", "import", "--from=" + folder)).isZero();
            assertThat(text(out)).contains("Copied 0 documents (0.0 MB) into the bucket; 3 were there already.");
        }
    }

    @Test
    void without_a_folder_or_a_bucket_it_says_what_is_missing() throws Exception {
        assertThat(run(new FolderDocumentStore(temporary), "documents", "import")).isEqualTo(1);
        assertThat(text(err)).startsWith("Missing required option: '--from=FOLDER'").contains("Usage: import");
        err.reset();
        assertThat(run(new FolderDocumentStore(temporary), "documents", "import", "--from=" + folder)).isEqualTo(2);
        assertThat(text(err)).startsWith("No bucket configured: set DOCUMENT_STORE=s3 and S3_BUCKET");
    }

    private int run(DocumentStore target, String... args) {
        return DocumentImportCommand.run(args, target, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
