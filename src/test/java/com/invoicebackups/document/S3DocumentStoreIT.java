package com.invoicebackups.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.S3Server;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/** The document store contract against a real S3-compatible server, and what only object storage can do wrong. */
class S3DocumentStoreIT extends DocumentStoreContract {

    @TempDir
    Path temporary;

    private final String bucket = S3Server.get().newBucket();
    private S3DocumentStore store;

    @Override
    DocumentStore store() {
        try {
            store = new S3DocumentStore(S3Server.get().client(), bucket, "documents", temporary);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void a_local_copy_is_removed_when_closed() throws IOException {
        DocumentStore store = store();
        String key = store.put(new ByteArrayInputStream(bytes(1_000, 6)));
        Path copy;
        try (DocumentStore.LocalCopy local = store.local(key)) {
            copy = local.path();
            assertThat(copy).startsWith(temporary).exists();
        }
        assertThat(copy).doesNotExist();
        try (var files = Files.list(temporary)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_store_that_fails_mid_write_leaves_nothing_visible_and_no_parts_behind() throws IOException {
        AtomicInteger parts = new AtomicInteger();
        ExecutionInterceptor secondPartFails = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                SdkRequest request = context.request();
                if (request instanceof UploadPartRequest && parts.incrementAndGet() == 2) {
                    throw SdkClientException.create("connection reset by the store");
                }
            }
        };
        try (S3DocumentStore failing = new S3DocumentStore(S3Server.get().client(secondPartFails), bucket, "documents",
                temporary)) {
            String[] key = new String[1];
            assertThatThrownBy(() -> {
                try (DocumentStore.NewDocument document = failing.create()) {
                    key[0] = document.key();
                    document.output().write(bytes(LARGE, 7));
                    document.commit();
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("connection reset by the store");

            assertThat(failing.exists(key[0])).isFalse();
            try (S3Client client = S3Server.get().client()) {
                assertThat(client.listObjectsV2(request -> request.bucket(bucket)).contents()).isEmpty();
                assertThat(client.listMultipartUploads(request -> request.bucket(bucket)).uploads()).isEmpty();
            }
        }
    }
}
