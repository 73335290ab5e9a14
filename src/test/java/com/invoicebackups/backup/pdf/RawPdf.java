package com.invoicebackups.backup.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a PDF object by object, for files no well-behaved library would write: cycles, bombs, odd headers. */
final class RawPdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object and returns its number. */
    int add(String body) {
        return add(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    int add(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    int stream(String dictionary, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("<< " + dictionary + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(data);
        body.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return add(body.toByteArray());
    }

    /** One page per content text, under one page tree; returns the bytes. */
    static byte[] simple(String header, String... texts) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("PLACEHOLDER");
        int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder kids = new StringBuilder();
        for (String text : texts) {
            int content = pdf.stream("", ("BT /F1 18 Tf 72 700 Td (" + text + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
            int page = pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 "
                    + font + " 0 R >> >> /Contents " + content + " 0 R >>");
            kids.append(page).append(" 0 R ");
        }
        pdf.set(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + texts.length + " >>");
        return pdf.build(header, catalog);
    }

    void set(int number, String body) {
        objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    byte[] build(int catalog) {
        return build("%PDF-1.7", catalog);
    }

    byte[] build(String header, int catalog) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((header + "\n%\u00e2\u00e3\u00cf\u00d3\n").getBytes(StandardCharsets.ISO_8859_1));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root ").append(catalog)
                .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** One page whose content stream is {@code text} followed by {@code megabytes} MB of spaces, deflated. */
    static byte[] contentBomb(String text, int megabytes) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream zip = new java.util.zip.DeflaterOutputStream(deflated,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED))) {
            zip.write(text.getBytes(StandardCharsets.ISO_8859_1));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        RawPdf raw = new RawPdf();
        int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
        raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        raw.stream("/Filter /FlateDecode", deflated.toByteArray());
        return raw.build(catalog);
    }
}
