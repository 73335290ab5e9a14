package com.invoicebackups.backup.pdf;

import com.invoicebackups.backup.InvoiceSheets;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.shared.Money;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Generates invoice backup folders for the command line, deterministic for a seed: a rendered G702/G703
 * invoice, then text PDFs with an
 * embedded font and a shared logo, multi-page scans made of large images, with classic and
 * compressed cross-reference tables. Nothing generated is kept in the repository. Its shape says what real
 * documents vary: scans as JPEG or as lossless Flate (PNG) images, or one attachment in five a filled form.
 */
public final class Corpus {

    /** What the corpus's documents are made of. */
    public enum Shape { JPEG_SCANS, FLATE_SCANS, FORMS }

    private static final String[] WORDS = ("labor materials equipment conduit concrete rebar formwork drywall "
            + "insulation ductwork fixtures waiver release payment progress retention schedule values stored site "
            + "inspection certified payroll apprentice journeyman hours rate gross deductions net").split(" ");

    private final Random random;
    private final byte[] font;
    private final byte[] logo;
    private final List<byte[]> scans = new ArrayList<>();
    private final Shape shape;
    private final List<byte[]> forms = new ArrayList<>();
    private int attachmentsWritten;

    public Corpus(long seed) {
        this(seed, Shape.JPEG_SCANS);
    }

    public Corpus(long seed, Shape shape) {
        this.shape = shape;
        random = new Random(seed);
        try (InputStream in = Corpus.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        logo = jpeg(240, 80, 7, 0.9f);
        for (int i = 0; i < 12; i++) {
            // lossless scans keep a scanner's specks, which is what makes them large: about 170 kB a page
            scans.add(shape == Shape.FLATE_SCANS ? encoded(scan(1275, 1650, i, 80), "png", 0) : jpeg(1275, 1650, i, 0.4f));
        }
        if (shape == Shape.FORMS) {
            for (int i = 0; i < 6; i++) {
                forms.add(TestForms.taxForm(150, "Filer " + i));
            }
        }
    }

    /** One folder per invoice: 00-invoice.pdf plus the given number of attachments; returns the pages written. */
    public int generate(Path root, int invoices, int attachments) throws IOException {
        int pages = 0;
        for (int i = 1; i <= invoices; i++) {
            Path folder = Files.createDirectories(root.resolve("SC-" + i));
            pages += invoice(folder.resolve("00-invoice.pdf"), i);
            for (int a = 1; a <= attachments; a++) {
                if (shape == Shape.FORMS && ++attachmentsWritten % 5 == 0) {
                    Files.write(folder.resolve("0" + a + "-tax-form.pdf"), forms.get(random.nextInt(forms.size())));
                    pages += 2;
                    continue;
                }
                switch (a % 4) {
                    case 1 -> pages += write(folder.resolve("01-lien-waiver.pdf"), "Conditional waiver", 2, 0, false);
                    case 2 -> pages += write(folder.resolve("02-certified-payroll.pdf"), "Certified payroll", 4, 0, true);
                    case 3 -> pages += write(folder.resolve("03-scanned-receipts.pdf"), "Scan", 0, 5, a % 2 == 0);
                    default -> pages += write(folder.resolve("0" + (a % 10) + "-daily-reports.pdf"), "Daily report", 3, 0, i % 3 == 0);
                }
            }
        }
        return pages;
    }

    /** A rendered G702/G703 invoice with a schedule of values of a dozen lines. */
    int invoice(Path file, int number) throws IOException {
        List<SovLine> sov = new ArrayList<>();
        List<PayApplication.Entry> entries = new ArrayList<>();
        for (int line = 1; line <= 12; line++) {
            sov.add(new SovLine(line, String.valueOf(line), sentence(4).strip(), Money.of(BigDecimal.valueOf(
                    10_000 + random.nextInt(90_000))), null, line == 12));
            entries.add(new PayApplication.Entry(line, Money.of(BigDecimal.valueOf(random.nextInt(9_000))), Money.ZERO,
                    BigDecimal.TEN));
        }
        PayApplication application = PayApplication.calculate(sov, BigDecimal.TEN, Map.of(), Money.ZERO, entries);
        try (OutputStream out = Files.newOutputStream(file)) {
            new InvoiceDocumentRenderer().render(InvoiceSheets.of(false,
                    "Harbor Logistics Center (2025-100)", "SC-" + number + " Trade package " + number,
                    "Subcontractor " + number + " Inc.", "#12: Nov 1, 2026 - Nov 30, 2026", number + "-12", "Nov 30, 2026",
                    "USD", application), TestWords.GC, out);
        }
        return 2;
    }

    int write(Path file, String title, int textPages, int scanPages, boolean compressedXref) throws IOException {
        WriterProperties properties = new WriterProperties().setFullCompressionMode(compressedXref);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toString(), properties));
             Document document = new Document(pdf, PageSize.LETTER)) {
            PdfFont embedded = PdfFontFactory.createFont(font, PdfEncodings.WINANSI,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            document.setFont(embedded).setFontSize(10);
            ImageData logoImage = ImageDataFactory.create(logo);
            for (int page = 0; page < textPages; page++) {
                if (page > 0) {
                    document.add(new AreaBreak());
                }
                document.add(new Image(logoImage).scaleToFit(120, 40));
                document.add(new Paragraph(title + " - page " + (page + 1)).setFontSize(14));
                for (int paragraph = 0; paragraph < 5; paragraph++) {
                    document.add(new Paragraph(sentence(60)));
                }
            }
            for (int page = 0; page < scanPages; page++) {
                PdfCanvas canvas = new PdfCanvas(pdf.addNewPage(PageSize.LETTER));
                canvas.addImageFittedIntoRectangle(ImageDataFactory.create(scans.get(random.nextInt(scans.size()))),
                        PageSize.LETTER, false);
            }
            if (textPages > 0) {
                document.flush();
            }
            return pdf.getNumberOfPages();
        }
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 11 == 10 ? ". " : " ");
        }
        return text.toString();
    }

    private static byte[] jpeg(int width, int height, int variant, float quality) {
        return encoded(scan(width, height, variant, 1000), "jpg", quality);
    }

    /** A scanned page: lines of text on off-white paper, with a speck in every {@code specks} pixels. */
    private static BufferedImage scan(int width, int height, int variant, int specks) {
        Random noise = new Random(variant);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(236, 234, 228));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 60, 70));
        for (int y = height / 12; y < height - 40; y += 28) {
            g.fillRect(width / 10, y, width / 3 + noise.nextInt(width / 2), 9);
        }
        for (int i = 0; i < width * height / specks; i++) {
            image.setRGB(noise.nextInt(width), noise.nextInt(height), noise.nextInt(0xffffff));
        }
        g.dispose();
        return image;
    }

    /** {@code quality} for JPEG only. */
    private static byte[] encoded(BufferedImage image, String format, float quality) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var writer = ImageIO.getImageWritersByFormatName(format).next();
            var parameters = writer.getDefaultWriteParam();
            if (format.equals("jpg")) {
                parameters.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(quality);
            }
            writer.setOutput(ImageIO.createImageOutputStream(out));
            writer.write(null, new javax.imageio.IIOImage(image, null, null), parameters);
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java ... Corpus DIR INVOICES ATTACHMENTS [SEED]} */
    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectories(Path.of(args[0]));
        int pages = new Corpus(args.length > 3 ? Long.parseLong(args[3]) : 42)
                .generate(root, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        System.out.println("pages=" + pages);
    }
}
