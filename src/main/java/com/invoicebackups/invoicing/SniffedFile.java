package com.invoicebackups.invoicing;

import com.invoicebackups.shared.RuleViolation;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded file judged by its content, never by its name alone: the media type comes from the
 * first bytes, a name that claims another type is refused, and a PDF is opened once to find out
 * whether it is encrypted or damaged.
 */
record SniffedFile(String fileName, String mediaType, long size, String sha256, FileInspection inspection) {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", PDF, "jpg", JPEG, "jpeg", JPEG, "png", PNG,
            "csv", "text/csv", "txt", "text/plain",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static SniffedFile of(String fileName, byte[] content, long maxBytes) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
            throw new RuleViolation("attachment.error.name");
        }
        if (content.length == 0) {
            throw new RuleViolation("attachment.error.empty", name);
        }
        if (content.length > maxBytes) {
            throw new RuleViolation("attachment.error.too-large", name, maxBytes / (1024 * 1024));
        }
        String sniffed = sniff(content);
        String claimed = BY_EXTENSION.get(extension(name));
        boolean mergeableClaim = PDF.equals(claimed) || JPEG.equals(claimed) || PNG.equals(claimed);
        if ((mergeableClaim || sniffed != null) && claimed != null && !claimed.equals(sniffed)) {
            throw new RuleViolation("attachment.error.mismatch", name);
        }
        String mediaType = sniffed != null ? sniffed : claimed != null ? claimed : "application/octet-stream";
        FileInspection inspection = PDF.equals(mediaType) ? inspectPdf(content)
                : mediaType.startsWith("image/") ? FileInspection.IMAGE : FileInspection.NOT_MERGEABLE;
        return new SniffedFile(name, mediaType, content.length, sha256(content), inspection);
    }

    private static String sniff(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8 && (content[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
            return PNG;
        }
        // as the backup engine reads PDFs: the header may follow a preamble (a mail header, a scanner's) this far in
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-") ? PDF : null;
    }

    private static FileInspection inspectPdf(byte[] content) {
        try (PdfReader reader = new PdfReader(new ByteArrayInputStream(content))) {
            reader.setUnethicalReading(true);
            try (PdfDocument document = new PdfDocument(reader)) {
                return document.getNumberOfPages() > 0 ? FileInspection.PDF : FileInspection.PDF_DAMAGED;
            }
        } catch (BadPasswordException e) {
            return FileInspection.PDF_ENCRYPTED;
        } catch (Exception | StackOverflowError e) {
            return FileInspection.PDF_DAMAGED;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
