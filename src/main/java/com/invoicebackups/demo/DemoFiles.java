package com.invoicebackups.demo;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.EncryptionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** Realistic backup documents, generated at load time so that no binary file is kept in the repository. */
final class DemoFiles {

    private static final String[] WORKERS = {"J. Alvarez", "M. Chen", "R. Okafor", "S. Novak", "T. Brooks",
            "L. Haddad", "P. Murphy", "D. Kowalski", "A. Singh", "K. Johansson"};

    private DemoFiles() {
    }

    static byte[] lienWaiver(String claimant, String project, String amount, LocalDate through, boolean subTier) {
        return pdf(writerProperties(), document -> {
            document.add(new Paragraph((subTier ? "SUB-TIER " : "") + "CONDITIONAL WAIVER AND RELEASE ON PROGRESS PAYMENT")
                    .simulateBold().setFontSize(14));
            document.add(new Paragraph("Project: " + project));
            document.add(new Paragraph("Claimant: " + claimant));
            document.add(new Paragraph("Through date: " + through));
            document.add(new Paragraph("Amount of check: " + amount));
            document.add(new Paragraph("""
                    This document waives and releases lien, stop payment notice, and payment bond rights the claimant \
                    has for labor and service provided, and equipment and material delivered, to the customer on this \
                    job through the through date of this document. Rights based upon labor or service provided, or \
                    equipment or material delivered, pursuant to a written change order that has been fully executed \
                    by the parties prior to the date that this document is signed by the claimant, are waived and \
                    released by this document, unless listed as an exception below."""));
            document.add(new AreaBreak());
            document.add(new Paragraph("EXCEPTIONS").simulateBold());
            document.add(new Paragraph("This document does not affect the following: retentions; extras for which the "
                    + "claimant has not received payment; contract rights."));
            document.add(new Paragraph("SIGNATURE").simulateBold());
            document.add(new Paragraph("Claimant's signature: ______________________   Title: Project Manager"));
            document.add(new Paragraph("Date of signature: " + through.plusDays(3)));
        });
    }

    static byte[] certifiedPayroll(String contractor, String project, LocalDate weekEnding, long seed) {
        Random random = new Random(seed);
        return pdf(writerProperties(), document -> {
            for (int week = 0; week < 3; week++) {
                if (week > 0) {
                    document.add(new AreaBreak());
                }
                document.add(new Paragraph("CERTIFIED PAYROLL REPORT (WH-347)").simulateBold().setFontSize(14));
                document.add(new Paragraph("Contractor: " + contractor + "    Project: " + project));
                document.add(new Paragraph("Payroll no. " + (week + 1) + "    Week ending " + weekEnding.plusWeeks(week)));
                Table table = new Table(6).useAllAvailableWidth();
                for (String header : new String[] {"Employee", "Classification", "Hours", "Rate", "Gross", "Net"}) {
                    table.addHeaderCell(header);
                }
                for (int row = 0; row < 8; row++) {
                    int hours = 32 + random.nextInt(9);
                    double rate = 38 + random.nextInt(30) + random.nextInt(100) / 100.0;
                    table.addCell(WORKERS[random.nextInt(WORKERS.length)]);
                    table.addCell(row % 3 == 0 ? "Journeyman" : row % 3 == 1 ? "Apprentice" : "Foreman");
                    table.addCell(String.valueOf(hours));
                    table.addCell(String.format("%.2f", rate));
                    table.addCell(String.format("%.2f", hours * rate));
                    table.addCell(String.format("%.2f", hours * rate * 0.72));
                }
                document.add(table);
                document.add(new Paragraph("I certify that the above is a true and complete payroll."));
            }
        });
    }

    static byte[] insuranceCertificate(String insured, String project, LocalDate expires) {
        return pdf(writerProperties(), document -> {
            document.add(new Paragraph("CERTIFICATE OF LIABILITY INSURANCE").simulateBold().setFontSize(14));
            document.add(new Paragraph("Insured: " + insured));
            document.add(new Paragraph("Certificate holder: Keystone Builders Inc., re " + project));
            document.add(new Paragraph("Commercial general liability: $2,000,000 each occurrence, expires " + expires));
            document.add(new Paragraph("Workers compensation: statutory limits, expires " + expires));
        });
    }

    static byte[] signedPayApplication(String contractor, String invoiceNumber, String amount) {
        return pdf(writerProperties(), document -> {
            document.add(new Paragraph("APPLICATION AND CERTIFICATE FOR PAYMENT").simulateBold().setFontSize(14));
            document.add(new Paragraph("Contractor: " + contractor + "    Application no. " + invoiceNumber));
            document.add(new Paragraph("Current payment due: " + amount));
            document.add(new Paragraph("Electronically signed by the contractor and the architect."));
            document.add(new Paragraph("Envelope status: COMPLETED"));
        });
    }

    /** A PDF that opens only with its user password. */
    static byte[] encryptedPdf(String title) {
        WriterProperties properties = writerProperties().setStandardEncryption("open-sesame".getBytes(StandardCharsets.UTF_8),
                "owner-secret".getBytes(StandardCharsets.UTF_8), EncryptionConstants.ALLOW_PRINTING,
                EncryptionConstants.ENCRYPTION_AES_256);
        return pdf(properties, document -> document.add(new Paragraph(title + " (password protected)")));
    }

    /** Starts like a PDF and then is noise: no reader can rebuild it. */
    static byte[] damagedPdf(long seed) {
        byte[] noise = new byte[20_000];
        new Random(seed).nextBytes(noise);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[header.length + noise.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(noise, 0, file, header.length, noise.length);
        return file;
    }

    static byte[] materialLog(String contractor) {
        StringBuilder csv = new StringBuilder("Date,Material,Quantity,Unit,Supplier,Amount\n");
        Random random = new Random(contractor.hashCode());
        for (int row = 0; row < 25; row++) {
            csv.append(LocalDate.of(2026, 6, 1).plusDays(row * 3L)).append(",Conduit EMT 3/4 in,")
                    .append(100 + random.nextInt(400)).append(",ft,Border States,")
                    .append(200 + random.nextInt(3000)).append(".00\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A phone photo of a paper receipt: a slightly rotated white slip with printed lines, as a JPEG. */
    static byte[] scannedReceipt(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(1200, 1700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(92, 84, 76));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.rotate(Math.toRadians(random.nextInt(5) - 2), 600, 850);
        g.setColor(new Color(246, 244, 238));
        g.fillRect(250, 120, 700, 1450);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(380, 190, 440, 40);
        for (int line = 0; line < 28; line++) {
            int y = 290 + line * 42;
            int width = line % 7 == 6 ? 560 : 180 + random.nextInt(300);
            g.fillRect(300, y, width, 14);
            if (line % 7 != 6) {
                g.fillRect(800, y, 90, 14);
            }
        }
        g.setStroke(new BasicStroke(3));
        g.drawLine(300, 1500, 900, 1500);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WriterProperties writerProperties() {
        return new WriterProperties().setFullCompressionMode(true);
    }

    private static byte[] pdf(WriterProperties properties, Consumer<Document> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties));
             Document document = new Document(pdf, PageSize.LETTER)) {
            content.accept(document);
        }
        return out.toByteArray();
    }
}
