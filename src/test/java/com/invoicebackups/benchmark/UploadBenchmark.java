package com.invoicebackups.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.Application;
import com.invoicebackups.HeapSampler;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupBroadcaster;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.backup.BackupStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.project.ProjectService;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Prints the heap and time a 50 MB upload takes while a backup compiles: a PDF of exactly the product's
 * upload limit, its pages random (incompressible) images, is uploaded through the attachment service,
 * judged by the backup engine and stored, in a JVM with a 256 MB heap that runs the whole application on
 * MariaDB and meanwhile compiles a backup of the demo invoices; then a backup of the invoice with the
 * upload says whether the file is merged. Not part of the test suite; run with
 * ./mvnw test -Dtest=UploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.heap=256m]
 */
class UploadBenchmark {

    private static final long UPLOAD_LIMIT = 50L << 20;
    private static final int PAGES = 50;
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 340;

    @Test
    void fifty_megabytes_while_a_backup_compiles() throws Exception {
        Path work = Files.createTempDirectory("upload-benchmark");
        try {
            Path pdf = work.resolve("Scanned daily reports.pdf");
            long started = System.nanoTime();
            generate(pdf);
            System.out.printf("%nUPLOAD BENCHMARK  file: %d pages of random images, %,d bytes (%.1f MB), generated in %.1f s%n",
                    PAGES + 1, Files.size(pdf), Files.size(pdf) / 1048576.0, (System.nanoTime() - started) / 1e9);
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("benchmark.heap", "256m"), "-XX:+ExitOnOutOfMemoryError",
                    "-cp", System.getProperty("java.class.path"), UploadBenchmark.class.getName(), pdf.toString())
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as(out).isZero();
            assertThat(out).as(out).doesNotContain("java.lang.OutOfMemoryError").contains("UPLOAD BENCHMARK  done");
            out.lines().filter(line -> line.startsWith("UPLOAD BENCHMARK")).forEach(System.out::println);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** Writes the file image by image, then adjusts a last strip until the file is exactly the upload limit. */
    private static void generate(Path file) throws IOException {
        long strip = UPLOAD_LIMIT - (long) PAGES * WIDTH * HEIGHT * 3;
        for (int pass = 0; pass < 5; pass++) {
            Random random = new Random(42);
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toString()))) {
                for (int page = 0; page <= PAGES; page++) {
                    boolean last = page == PAGES;
                    byte[] pixels = new byte[last ? (int) strip : WIDTH * HEIGHT * 3];
                    random.nextBytes(pixels);
                    PdfStream image = (PdfStream) new PdfStream(pixels, CompressionConstants.NO_COMPRESSION).makeIndirect(pdf);
                    image.put(PdfName.Type, PdfName.XObject);
                    image.put(PdfName.Subtype, PdfName.Image);
                    image.put(PdfName.Width, new PdfNumber(last ? pixels.length : WIDTH));
                    image.put(PdfName.Height, new PdfNumber(last ? 1 : HEIGHT));
                    image.put(PdfName.ColorSpace, last ? PdfName.DeviceGray : PdfName.DeviceRGB);
                    image.put(PdfName.BitsPerComponent, new PdfNumber(8));
                    PdfPage sheet = pdf.addNewPage(PageSize.LETTER);
                    new PdfCanvas(sheet).addXObjectFittedIntoRectangle(new PdfImageXObject(image),
                            new Rectangle(36, 36, 540, last ? 10 : 184));
                    image.flush();
                    sheet.flush();
                }
            }
            if (Files.size(file) == UPLOAD_LIMIT) {
                return;
            }
            strip += UPLOAD_LIMIT - Files.size(file);
        }
        throw new IllegalStateException("could not write " + UPLOAD_LIMIT + " bytes exactly");
    }

    /** In the child JVM: the application, a backup compiling, and the upload in the middle of it. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        HeapSampler peak = HeapSampler.start();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test", "demo").initializers(new TestSchemaInitializer())
                .run("--server.port=0", "--invoicebackups.upload.max-bytes=" + UPLOAD_LIMIT, "--logging.level.root=WARN")) {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("UPLOAD BENCHMARK  whole application (profiles test, demo) on MariaDB started in %.1f s, "
                    + "heap in use after a collection %.0f MB of %d MB%n", (System.nanoTime() - started) / 1e9,
                    (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.maxMemory() >> 20);
            long admin = context.getBean(CompanyService.class).findUser("admin").orElseThrow().id();
            long demo = context.getBean(ProjectService.class).findByNumber("2024-017").orElseThrow().id();
            InvoiceGridService grid = context.getBean(InvoiceGridService.class);
            List<Long> invoices = grid.ids(admin, demo, InvoiceFilter.NONE);
            InvoiceRef draft = InvoiceRef.subcontractor(grid.ids(admin, demo,
                    new InvoiceFilter(null, null, null, InvoiceStatus.DRAFT)).getFirst());

            Compile concurrent = Compile.request(context, admin, demo, invoices);
            Backup compiling = concurrent.running().get(5, TimeUnit.MINUTES);

            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            peak.reset();
            long uploadStarted = System.nanoTime();
            Attachment stored = context.getBean(AttachmentService.class).upload(admin, draft, file.getFileName().toString(),
                    DocumentType.OTHER, file);
            double seconds = (System.nanoTime() - uploadStarted) / 1e9;
            long uploadPeak = peak.peak();
            allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
            boolean overlapped = !concurrent.finished().isDone();
            System.out.printf("UPLOAD BENCHMARK  upload %.1f MB: %.2f s, heap in use at most %.0f MB of %d MB during it "
                    + "(its thread allocated %.0f MB), backup %s when it began and %s when it ended%n",
                    Files.size(file) / 1048576.0, seconds, uploadPeak / 1048576.0, runtime.maxMemory() >> 20,
                    allocated / 1048576.0, compiling.status(), overlapped ? "still compiling" : "finished");

            Backup backup = concurrent.finished().get(10, TimeUnit.MINUTES);
            Attachment row = context.getBean(AttachmentService.class).attachments(admin, draft).stream()
                    .filter(attachment -> attachment.id() == stored.id()).findFirst().orElseThrow();
            System.out.printf("UPLOAD BENCHMARK  attachment #%d stored: %,d bytes, inspection %s, verdict %s%n",
                    row.id(), row.sizeBytes(), row.inspection(), row.verdictKey());
            System.out.printf("UPLOAD BENCHMARK  backup #%d of %d demo invoices: %s, %d pages, %.1f MB, compile %.2f s%n",
                    backup.id(), invoices.size(), backup.status(), backup.pageCount(), backup.sizeBytes() / 1048576.0,
                    backup.duration().toMillis() / 1000.0);
            peak.reset();
            Backup withUpload = Compile.request(context, admin, demo, List.of(draft.id())).finished().get(10, TimeUnit.MINUTES);
            peak.close();
            String name = file.getFileName().toString();
            System.out.printf("UPLOAD BENCHMARK  backup #%d of the invoice with the upload: %s, %d pages, compile %.2f s, "
                    + "heap in use at most %.0f MB; the upload %s%n", withUpload.id(), withUpload.status(),
                    withUpload.pageCount(), withUpload.duration().toMillis() / 1000.0, peak.peak() / 1048576.0,
                    withUpload.warnings().stream().filter(warning -> warning.contains(name)).findFirst()
                            .map(warning -> "left out: " + warning).orElse("merged"));
            if (!backup.downloadable() || !withUpload.downloadable() || row.sizeBytes() != Files.size(file)) {
                throw new IllegalStateException("backups " + backup.status() + " " + backup.warnings() + ", "
                        + withUpload.status() + " " + withUpload.warnings());
            }
            System.out.println("UPLOAD BENCHMARK  done: no OutOfMemoryError (the JVM exits on one)");
        }
    }

    /** A requested backup: when it runs, and when it is finished. */
    private record Compile(CompletableFuture<Backup> running, CompletableFuture<Backup> finished) {

        static Compile request(ConfigurableApplicationContext context, long admin, long project, List<Long> invoices) {
            Compile compile = new Compile(new CompletableFuture<>(), new CompletableFuture<>());
            context.getBean(BackupBroadcaster.class).register(admin, project, backup -> {
                if (backup.status() == BackupStatus.RUNNING || backup.finished()) {
                    compile.running.complete(backup);
                }
                if (backup.finished()) {
                    compile.finished.complete(backup);
                }
            });
            context.getBean(BackupService.class).request(admin, project, BackupKind.SUBCONTRACTOR, invoices, BackupOptions.ALL);
            return compile;
        }
    }
}
