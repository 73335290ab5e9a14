package com.invoicebackups.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Stored documents as one ZIP, made as it is read: each read takes the next piece of the current document from the
 * store, so only that piece is in memory, never a document or the ZIP. Its length is known only at its end.
 */
public final class ZippedDocuments extends InputStream {

    /** One document in the ZIP, under this name. */
    public record Entry(String name, String key) {
    }

    private static final int PIECE = 1 << 16;

    private final DocumentStore documents;
    private final Iterator<Entry> entries;
    private final Pending pending = new Pending();
    private final ZipOutputStream zip = new ZipOutputStream(pending);
    private final byte[] piece = new byte[PIECE];
    private InputStream current;
    private int position;
    private boolean finished;

    public ZippedDocuments(DocumentStore documents, List<Entry> entries) {
        this.documents = documents;
        this.entries = List.copyOf(entries).iterator();
        // the documents are PDFs, compressed already: deflating them again costs a core and saves little
        zip.setLevel(Deflater.NO_COMPRESSION);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (position == pending.size()) {
            if (finished) {
                return -1;
            }
            pending.reset();
            position = 0;
            advance();
        }
        int count = Math.min(length, pending.size() - position);
        pending.copy(position, buffer, offset, count);
        position += count;
        return count;
    }

    /** Writes the next piece of the current document into the ZIP, or starts the next entry, or ends the ZIP. */
    private void advance() throws IOException {
        if (current == null) {
            if (!entries.hasNext()) {
                zip.finish();
                finished = true;
                return;
            }
            Entry entry = entries.next();
            zip.putNextEntry(new ZipEntry(entry.name()));
            current = documents.open(entry.key());
            return;
        }
        int read = current.read(piece);
        if (read < 0) {
            current.close();
            current = null;
            zip.closeEntry();
        } else {
            zip.write(piece, 0, read);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (current != null) {
                current.close();
            }
        } finally {
            zip.close();
        }
    }

    /** What the ZIP wrote and the reader has not taken yet. */
    private static final class Pending extends ByteArrayOutputStream {

        void copy(int from, byte[] to, int offset, int length) {
            System.arraycopy(buf, from, to, offset, length);
        }
    }
}
