package com.invoicebackups.backup.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.utils.PdfMerger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The baseline for the benchmark: iText's PdfMerger over the same files, flushing as it goes; nothing else. */
final class PlainMerge {

    private PlainMerge() {
    }

    static int merge(Path input, Path output) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(input)) {
            files = all.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(output.toString()))) {
            PdfMerger merger = new PdfMerger(pdf);
            for (Path file : files) {
                try (PdfDocument source = new PdfDocument(new PdfReader(file.toString()))) {
                    int before = pdf.getNumberOfPages();
                    merger.merge(source, 1, source.getNumberOfPages());
                    for (int page = before + 1; page <= pdf.getNumberOfPages(); page++) {
                        pdf.getPage(page).flush();
                    }
                    pdf.flushCopiedObjects(source);
                }
            }
            return pdf.getNumberOfPages();
        }
    }
}
