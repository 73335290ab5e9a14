package com.invoicebackups.backup.pdf;

import com.itextpdf.forms.PdfPageFormCopier;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The backup as a ZIP: one PDF per invoice, and the cover, reconciliation, contents, changes and manifest as a PDF of
 * their own. The backup is compiled whole first (so every file keeps the stamps, numbering and form fields of the
 * one backup, and the contents' page numbers refer to it), then its pages are copied out, file by file, straight
 * into the ZIP. A seal signs each PDF in it.
 */
public final class ZipPackager {

    /** The compiled backup is opened again after this many files, so pages already copied out are let go. */
    private static final int FILES_PER_READ = 25;

    private final BackupEngine engine;

    public ZipPackager(BackupEngine engine) {
        this.engine = engine;
    }

    /** Writes the ZIP to {@code out}; {@code folder} holds the whole backup meanwhile. */
    public BackupResult write(BackupRequest request, OutputStream out, Path folder, BackupEngine.Progress progress)
            throws IOException {
        Path whole = folder.resolve("whole.pdf");
        BackupResult result;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(whole), 1 << 16)) {
            result = engine.compile(request.sealedWith(null), file, progress);
        }
        if (result.status() == BackupResult.Status.FAILED) {
            return result;
        }
        Words words = request.words();
        List<Part> parts = new ArrayList<>();
        List<Integer> frontAndBack = new ArrayList<>();
        for (int page = 1; page <= result.layout().frontPages(); page++) {
            frontAndBack.add(page);
        }
        for (int page = result.layout().backStart(); page <= result.pages(); page++) {
            frontAndBack.add(page);
        }
        parts.add(new Part("00 - " + words.get("backup.zip.front") + ".pdf", frontAndBack));
        for (int i = 0; i < request.invoices().size(); i++) {
            BackupResult.PageRange range = result.layout().invoices().get(i);
            if (range != null) {
                List<Integer> pages = new ArrayList<>();
                for (int page = range.first(); page <= range.last(); page++) {
                    pages.add(page);
                }
                parts.add(new Part(String.format("%02d - %s.pdf", i + 1, safe(request.invoices().get(i).displayName())), pages));
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            PdfDocument source = null;
            try {
                for (int p = 0; p < parts.size(); p++) {
                    if (p % FILES_PER_READ == 0) {
                        if (source != null) {
                            source.close();
                        }
                        source = new PdfDocument(new PdfReader(whole.toFile()));
                    }
                    zip.putNextEntry(new ZipEntry(parts.get(p).name()));
                    write(source, parts.get(p).pages(), request, p == 0, folder, new Unclosed(zip));
                    zip.closeEntry();
                }
            } finally {
                if (source != null) {
                    source.close();
                }
            }
        }
        return result;
    }

    private record Part(String name, List<Integer> pages) {
    }

    private static void write(PdfDocument source, List<Integer> pages, BackupRequest request, boolean front, Path folder,
                              OutputStream out) throws IOException {
        if (request.seal() == null) {
            copy(source, pages, out);
            return;
        }
        Path unsigned = folder.resolve("part.pdf");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(unsigned), 1 << 16)) {
            copy(source, pages, file);
        }
        try {
            request.seal().sign(unsigned, out, request.words(), request.requestedAt(),
                    front && request.options().coverSheet(), folder);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The backup could not be sealed: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(unsigned);
        }
    }

    private static void copy(PdfDocument source, List<Integer> pages, OutputStream out) {
        try (PdfDocument part = new PdfDocument(new PdfWriter(out))) {
            part.getDocumentInfo().setTitle(source.getDocumentInfo().getTitle());
            source.copyPagesTo(pages, part, new PdfPageFormCopier());
        }
    }

    /** A file name from an invoice's contract and number: no path separators or characters file systems refuse. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }

    /** The ZIP stays open when a PDF written into one of its entries closes its stream. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
