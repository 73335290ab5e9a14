package com.invoicebackups.document;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;

/**
 * A stored document as a download body. Spring answers Range requests by skipping to each range's start: a skip
 * before the first read costs nothing here, as the store is then asked for that range only.
 */
public final class DocumentResource extends AbstractResource {

    private final DocumentStore documents;
    private final String key;
    private final long size;
    private final String fileName;

    public DocumentResource(DocumentStore documents, String key, long size, String fileName) {
        this.documents = documents;
        this.key = key;
        this.size = size;
        this.fileName = fileName;
    }

    @Override
    public InputStream getInputStream() {
        return new RangeStream();
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "stored document " + key;
    }

    /** Opens the store at the position reached by skipping, on the first read. */
    private final class RangeStream extends InputStream {
        private long position;
        private InputStream open;

        @Override
        public long skip(long n) throws IOException {
            if (open != null) {
                return open.skip(n);
            }
            long skipped = Math.max(0, Math.min(n, size - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int read() throws IOException {
            return stream().read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return stream().read(buffer, offset, length);
        }

        private InputStream stream() throws IOException {
            if (open == null) {
                open = position == 0 ? documents.open(key) : documents.open(key, position, size - position);
            }
            return open;
        }

        @Override
        public void close() throws IOException {
            if (open != null) {
                open.close();
            }
        }
    }
}
