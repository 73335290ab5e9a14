package com.invoicebackups.backup.pdf;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Opens each source on its own and treats it as hostile: empty files, content that is not what the
 * name says, password-protected, damaged beyond repair, absurdly long or decompression bombs are
 * turned away with a reason instead of failing the backup.
 */
final class SourceOpener {

    static final int MAX_PAGES_PER_FILE = 5_000;
    static final long MAX_FILE_BYTES = 1L << 30;
    private static final int MAX_STREAM_BYTES = 128 * 1024 * 1024;
    private static final long MAX_STREAMS_BYTES = 4L * 1024 * 1024 * 1024;

    private enum Kind { PDF, JPEG, PNG, OTHER }

    OpenedSource open(Path path, String name) {
        String sha256;
        long size;
        Kind content;
        try {
            size = Files.size(path);
            sha256 = sha256(path);
            content = sniff(path);
        } catch (IOException e) {
            return new OpenedSource.LeftOut("backup.reason.unreadable", null, "");
        }
        if (size == 0) {
            return new OpenedSource.LeftOut("backup.reason.empty", null, sha256);
        }
        if (size > MAX_FILE_BYTES) {
            return new OpenedSource.LeftOut("backup.reason.too-large", null, sha256);
        }
        Kind claimed = claimed(name);
        if (claimed != Kind.OTHER && content != claimed || content != Kind.OTHER && claimed == Kind.OTHER
                && hasExtension(name)) {
            return new OpenedSource.LeftOut("backup.reason.mismatch", null, sha256);
        }
        return switch (content) {
            case PDF -> openPdf(path, sha256);
            case JPEG, PNG -> openImage(path, sha256);
            case OTHER -> new OpenedSource.Listed("backup.reason.not-mergeable", sha256);
        };
    }

    private static OpenedSource openPdf(Path path, String sha256) {
        try {
            return readWithIText(path, sha256, null, "backup.reason.repaired");
        } catch (BadPasswordException e) {
            return new OpenedSource.LeftOut("backup.reason.password", null, sha256);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // iText reports damage through many exception types, not only PdfException
            return PdfBoxRebuild.rebuild(path)
                    .map(copy -> openRebuilt(copy, sha256))
                    .orElseGet(() -> new OpenedSource.LeftOut("backup.reason.damaged", e.getMessage(), sha256));
        }
    }

    /**
     * A copy rewritten by PDFBox's lenient parser, accepted only if iText reads it and finds as many
     * pages as PDFBox did: whatever path a file takes, it is merged whole or not at all.
     */
    private static OpenedSource openRebuilt(PdfBoxRebuild.Copy copy, String sha256) {
        try {
            OpenedSource opened = readWithIText(copy.file(), sha256, copy.file(), "backup.reason.rebuilt");
            if (opened instanceof OpenedSource.Pdf pdf && pdf.pages() != copy.pages()) {
                pdf.close();
                return new OpenedSource.LeftOut("backup.reason.damaged", null, sha256);
            }
            return opened;
        } catch (Exception | StackOverflowError e) {
            PdfBoxRebuild.delete(copy.file());
            return new OpenedSource.LeftOut("backup.reason.damaged", e.getMessage(), sha256);
        }
    }

    private static OpenedSource readWithIText(Path path, String sha256, Path temporary, String repairKey)
            throws IOException {
        PdfDocument document = null;
        PdfReader reader = null;
        try {
            MemoryLimitsAwareHandler limits = new MemoryLimitsAwareHandler()
                    .setMaxSizeOfSingleDecompressedPdfStream(MAX_STREAM_BYTES)
                    .setMaxSizeOfDecompressedPdfStreamsSum(MAX_STREAMS_BYTES);
            reader = new PdfReader(path.toString(), new ReaderProperties().setMemoryLimitsAwareHandler(limits));
            reader.setUnethicalReading(true);
            document = new PdfDocument(reader);
            int pages = document.getNumberOfPages();
            if (pages == 0 || pages > MAX_PAGES_PER_FILE) {
                document.close();
                PdfBoxRebuild.delete(temporary);
                return pages == 0 ? new OpenedSource.LeftOut("backup.reason.no-pages", null, sha256)
                        : new OpenedSource.LeftOut("backup.reason.too-many-pages", String.valueOf(pages), sha256);
            }
            boolean repaired = temporary != null || reader.hasRebuiltXref() || reader.hasFixedXref();
            return new OpenedSource.Pdf(document, pages, repaired ? repairKey : null, sha256, temporary);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            close(document, reader);
            throw e;
        }
    }

    private static void close(PdfDocument document, PdfReader reader) {
        if (document != null) {
            closeQuietly(document);
        } else if (reader != null) {
            try {
                reader.close();
            } catch (IOException | RuntimeException ignored) {
                // the file was never usable; nothing else depends on it
            }
        }
    }

    private static OpenedSource openImage(Path path, String sha256) {
        try {
            ImageData image = ImageDataFactory.create(Files.readAllBytes(path));
            if (image.getWidth() <= 0 || image.getHeight() <= 0) {
                return new OpenedSource.LeftOut("backup.reason.damaged", "no image size", sha256);
            }
            return new OpenedSource.Image(image, sha256);
        } catch (Exception e) {
            return new OpenedSource.LeftOut("backup.reason.damaged", e.getMessage(), sha256);
        }
    }

    static void closeQuietly(PdfDocument document) {
        if (document != null) {
            try {
                document.close();
            } catch (RuntimeException ignored) {
                // a document that failed to open may fail to close as well; nothing was written from it
            }
        }
    }

    private static Kind sniff(Path path) throws IOException {
        byte[] head = new byte[1024];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Kind.JPEG;
        }
        if (read >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Kind.PNG;
        }
        return new String(head, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-") ? Kind.PDF : Kind.OTHER;
    }

    private static Kind claimed(String name) {
        return switch (extension(name)) {
            case "pdf" -> Kind.PDF;
            case "jpg", "jpeg" -> Kind.JPEG;
            case "png" -> Kind.PNG;
            default -> Kind.OTHER;
        };
    }

    private static boolean hasExtension(String name) {
        return !extension(name).isEmpty();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(Path path) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
