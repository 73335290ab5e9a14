package com.invoicebackups.backup.pdf;

import com.itextpdf.io.source.IRandomAccessSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Shows iText a PDF as it expects one: starting at its "%PDF-" header (bytes before it are skipped,
 * and offsets counted from the header, as readers do), with a version iText knows. A header such as
 * "%PDF-1.8.5" is read as 1.7; the file itself is not changed. While the file is being opened, reads
 * past its deadline fail: a parser caught in a loop on a hostile file ends there instead of spinning on.
 */
final class HeaderFixedSource implements IRandomAccessSource {

    private static final Set<String> KNOWN = Set.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.0");
    private static final int VERSION_AT = "%PDF-".length();

    private final IRandomAccessSource source;
    private final long offset;
    private final byte[] version;
    private long deadline = Long.MAX_VALUE;
    private int reads;

    private HeaderFixedSource(IRandomAccessSource source, long offset, byte[] version) {
        this.source = source;
        this.offset = offset;
        this.version = version;
    }

    static HeaderFixedSource of(IRandomAccessSource source, int headerOffset) throws IOException {
        byte[] header = new byte[VERSION_AT + 4];
        int read = source.get(headerOffset, header, 0, header.length);
        String found = new String(header, VERSION_AT, Math.max(0, Math.min(3, read - VERSION_AT)), StandardCharsets.ISO_8859_1);
        boolean longer = read > VERSION_AT + 3 && (Character.isDigit(header[VERSION_AT + 3]) || header[VERSION_AT + 3] == '.');
        byte[] version = KNOWN.contains(found) && !longer ? null : "1.7".getBytes(StandardCharsets.ISO_8859_1);
        return new HeaderFixedSource(source, headerOffset, version);
    }

    /** Reads fail once {@code deadline} (System.nanoTime) has passed; {@link Long#MAX_VALUE} lifts it. */
    void failReadsAfter(long deadline) {
        this.deadline = deadline;
    }

    private void checkDeadline() throws IOException {
        if (deadline != Long.MAX_VALUE && (++reads & 0xFFFF) == 0 && System.nanoTime() - deadline > 0) {
            throw new IOException("reading took longer than its budget");
        }
    }

    @Override
    public int get(long position) throws IOException {
        checkDeadline();
        if (version != null && position >= VERSION_AT && position < VERSION_AT + version.length) {
            return version[(int) position - VERSION_AT] & 0xff;
        }
        return source.get(position + offset);
    }

    @Override
    public int get(long position, byte[] bytes, int off, int len) throws IOException {
        checkDeadline();
        int read = source.get(position + offset, bytes, off, len);
        if (version != null) {
            for (long at = Math.max(position, VERSION_AT); at < Math.min(position + read, VERSION_AT + version.length); at++) {
                bytes[off + (int) (at - position)] = version[(int) at - VERSION_AT];
            }
        }
        return read;
    }

    @Override
    public long length() {
        return source.length() - offset;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
