package com.invoicebackups.backup.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A source file: small files are held as bytes, parsed and hashed from the same array; larger ones are parsed
 * from disk and hashed as a stream. The kind comes from the content, not the name. The SHA-256 is computed by
 * whichever thread first asks for it: a compile that needs it only for the manifest lets the opening thread hash
 * while the copying thread is busy, and the copying thread when it already waits (see {@link SourcePrefetcher}).
 */
final class SourceFile {

    enum Kind { PDF, JPEG, PNG, OTHER }

    /**
     * Larger files are read where they lie, not held in the heap: a scan of a megabyte held as one array is a
     * "humongous" object to the garbage collector, and a backup of many of them fills the heap between collections.
     */
    static final int IN_MEMORY_BYTES = 256 << 10;
    /** A PDF header may follow other bytes (a mail header, a scanner's preamble) this far into the file. */
    static final int HEADER_SEARCH_BYTES = 64 << 10;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);

    private final Path path;
    private final long size;
    private final byte[] bytes;
    private final Kind kind;
    private final int headerOffset;
    private String sha256;

    private SourceFile(Path path, long size, byte[] bytes, Kind kind, int headerOffset) {
        this.path = path;
        this.size = size;
        this.bytes = bytes;
        this.kind = kind;
        this.headerOffset = headerOffset;
    }

    static SourceFile read(Path path) throws IOException {
        long size = Files.size(path);
        byte[] bytes = size <= IN_MEMORY_BYTES ? Files.readAllBytes(path) : null;
        byte[] head = bytes;
        if (head == null) {
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(HEADER_SEARCH_BYTES);
            }
        }
        int headerOffset = pdfHeader(head);
        Kind kind = head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF
                ? Kind.JPEG
                : head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                ? Kind.PNG
                : headerOffset >= 0 ? Kind.PDF : Kind.OTHER;
        return new SourceFile(path, size, bytes, kind, headerOffset);
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    /** The whole file, or null when it is larger than {@link #IN_MEMORY_BYTES}. */
    byte[] bytes() {
        return bytes;
    }

    Kind kind() {
        return kind;
    }

    int headerOffset() {
        return headerOffset;
    }

    /** The file's SHA-256 in hex; a file that can no longer be read throws {@link UncheckedIOException}. */
    synchronized String sha256() {
        if (sha256 == null) {
            MessageDigest digest = sha256Digest();
            if (bytes != null) {
                digest.update(bytes);
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, read);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
        return sha256;
    }

    private static int pdfHeader(byte[] head) {
        int limit = Math.min(head.length, HEADER_SEARCH_BYTES) - HEADER.length;
        for (int at = 0; at <= limit; at++) {
            if (head[at] == '%' && Arrays.equals(head, at, at + HEADER.length, HEADER, 0, HEADER.length)) {
                return at;
            }
        }
        return -1;
    }

    /** The first bytes, for reading an image's declared size without decoding it. */
    byte[] head(int count) throws IOException {
        if (bytes != null) {
            return bytes.length <= count ? bytes : Arrays.copyOf(bytes, count);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(count);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
