package com.invoicebackups.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import com.invoicebackups.shared.StoreUnavailable;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents as objects in an S3-compatible bucket (AWS S3, MinIO and the like), under an optional prefix. Writing
 * streams the content in parts of {@link #PART_BYTES}: one PUT when it fits in one part, a multipart upload
 * otherwise, which the bucket shows only when completed, so nothing half-written is ever visible. Reads stream
 * from the bucket, ranges as ranged GETs; a reader that needs a file gets a temporary copy.
 */
public class S3DocumentStore implements DocumentStore, AutoCloseable {

    /** Memory held by one document being written: S3 wants parts of at least 5 MiB (but the last). */
    static final int PART_BYTES = 8 << 20;
    /** A readiness probe answers in this time or counts the store as unreachable. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path temporaryFolder;

    public S3DocumentStore(S3Client s3, String bucket, String prefix, Path temporaryFolder) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("/+$", "") + "/";
        this.temporaryFolder = Files.createDirectories(temporaryFolder);
        abortAbandonedUploads();
    }

    /** Creates the bucket when it is not there (for a fresh MinIO, say). */
    public static void createBucketIfAbsent(S3Client s3, String bucket) {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            s3.createBucket(request -> request.bucket(bucket));
        }
    }

    /**
     * An instance killed while writing leaves a multipart upload that no key points at and that the bucket keeps
     * (and bills) until aborted. Those older than a day are aborted at start; younger ones may belong to another
     * instance still writing.
     */
    private void abortAbandonedUploads() {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        for (MultipartUpload upload : s3.listMultipartUploadsPaginator(request -> request.bucket(bucket).prefix(prefix))
                .uploads()) {
            if (upload.initiated().isBefore(dayAgo)) {
                s3.abortMultipartUpload(request -> request.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
            }
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        String object = object(key);
        return call(key, () -> s3.getObject(request -> request.bucket(bucket).key(object)));
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (length <= 0) {
            return InputStream.nullInputStream();
        }
        String object = object(key);
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        return call(key, () -> s3.getObject(request -> request.bucket(bucket).key(object).range(range)));
    }

    @Override
    public long size(String key) throws IOException {
        String object = object(key);
        return call(key, () -> s3.headObject(request -> request.bucket(bucket).key(object)).contentLength());
    }

    @Override
    public LocalCopy local(String key) throws IOException {
        Path copy = Files.createTempFile(temporaryFolder, "document-", ".tmp");
        try (InputStream in = open(key)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new LocalFile(copy, true);
    }

    @Override
    public boolean exists(String key) {
        try {
            size(key);
            return true;
        } catch (StoreUnavailable outage) {
            // not knowing is not the same as missing: a caller must not treat the document as gone
            throw new UncheckedIOException(outage);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void probe() throws IOException {
        call(bucket, () -> s3.headBucket(request -> request.bucket(bucket)
                .overrideConfiguration(call -> call.apiCallTimeout(PROBE_TIMEOUT))));
    }

    @Override
    public void delete(String key) throws IOException {
        String object = object(key);
        call(key, () -> s3.deleteObject(request -> request.bucket(bucket).key(object)));
    }

    @Override
    public Stream<String> keysWrittenBefore(Instant cutoff) {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                .filter(object -> object.lastModified().isBefore(cutoff))
                .map(object -> object.key().substring(prefix.length()))
                .filter(DocumentKeys::valid);
    }

    /** Stores a document under a key it already has (moving a folder store into the bucket). */
    void put(String key, InputStream content) throws IOException {
        PartedUpload upload = new PartedUpload(object(key));
        try {
            content.transferTo(upload);
            upload.complete();
        } finally {
            if (!upload.finished) {
                upload.abort();
            }
        }
    }

    @Override
    public NewDocument create() {
        String key = DocumentKeys.newKey();
        PartedUpload upload = new PartedUpload(prefix + key);
        return new PendingDocument(key, upload) {
            @Override
            void publish() throws IOException {
                upload.complete();
            }

            @Override
            void discard() {
                upload.abort();
            }
        };
    }

    @Override
    public void close() {
        s3.close();
    }

    private String object(String key) throws NoSuchFileException {
        if (!DocumentKeys.valid(key)) {
            throw new NoSuchFileException(key);
        }
        return prefix + key;
    }

    private interface Call<T> {
        T run();
    }

    /**
     * The store's failures as the file system's: a missing object is a missing file; a server that cannot be reached
     * or answers with a server error (5xx) is an outage ({@link StoreUnavailable}); anything else an I/O error.
     */
    private static <T> T call(String key, Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            if (e.statusCode() >= 500) {
                throw new StoreUnavailable("Document store failed on " + key + ": " + e.getMessage(), e);
            }
            throw new IOException("Document store refused " + key + ": " + e.getMessage(), e);
        } catch (SdkClientException e) {
            throw new StoreUnavailable("Document store unreachable for " + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("Document store failed on " + key + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of one new object, sent a part at a time; visible only after {@link #complete()}. */
    private final class PartedUpload extends OutputStream {
        private final String object;
        private final byte[] part = new byte[PART_BYTES];
        private final List<CompletedPart> sent = new ArrayList<>();
        private int filled;
        private String uploadId;
        private boolean finished;

        PartedUpload(String object) {
            this.object = object;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (finished) {
                throw new IOException("The document " + object + " is already complete or abandoned");
            }
            while (length > 0) {
                int taken = Math.min(length, part.length - filled);
                System.arraycopy(bytes, offset, part, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
                if (filled == part.length) {
                    sendPart();
                }
            }
        }

        private void sendPart() throws IOException {
            call(object, () -> {
                if (uploadId == null) {
                    uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(object)).uploadId();
                }
                int number = sent.size() + 1;
                String etag = s3.uploadPart(request -> request.bucket(bucket).key(object).uploadId(uploadId)
                        .partNumber(number), body()).eTag();
                sent.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                filled = 0;
                return null;
            });
        }

        private RequestBody body() {
            return RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, filled), filled);
        }

        void complete() throws IOException {
            if (finished) {
                throw new IOException("The document " + object + " is already complete or abandoned");
            }
            if (uploadId == null) {
                call(object, () -> s3.putObject(request -> request.bucket(bucket).key(object), body()));
            } else {
                if (filled > 0) {
                    sendPart();
                }
                call(object, () -> s3.completeMultipartUpload(request -> request.bucket(bucket).key(object)
                        .uploadId(uploadId).multipartUpload(parts -> parts.parts(sent))));
            }
            finished = true;
        }

        /** Nothing of an abandoned document stays in the bucket, not even its parts. */
        void abort() {
            finished = true;
            if (uploadId != null) {
                try {
                    s3.abortMultipartUpload(request -> request.bucket(bucket).key(object).uploadId(uploadId));
                } catch (SdkException e) {
                    // the start-up clean-up aborts it a day later
                }
            }
        }

        @Override
        public void close() {
            // the document ends with commit() or is abandoned by NewDocument.close()
        }
    }
}
