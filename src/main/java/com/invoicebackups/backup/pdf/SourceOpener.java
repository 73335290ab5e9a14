package com.invoicebackups.backup.pdf;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.io.source.IRandomAccessSource;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Opens each source on its own and treats it as hostile: empty files, content that is not what the
 * name says, password-protected, damaged beyond repair, absurdly long, bombs and files that take too
 * long are turned away with a reason instead of failing the backup. A PDF is proven copyable here
 * ({@link PdfCheck}), before anything of it reaches the backup.
 */
final class SourceOpener implements SourcePrefetcher.Opener {

    static final int MAX_PAGES_PER_FILE = 5_000;
    static final long MAX_FILE_BYTES = 1L << 30;
    static final long MAX_IMAGE_FILE_PIXELS = 40_000_000L;
    static final long MAX_IMAGE_FILE_BYTES = 64L << 20;
    static final int MAX_XREF_ENTRIES = 1_000_000;
    /** What iText itself decodes (object and cross-reference streams) is held whole: kept well inside the heap. */
    static final int MAX_DECODED_BYTES = 32 << 20;
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    private final Duration budget;
    private final long maxCopiedBytes;
    private final SecondReader secondReader;

    SourceOpener(Duration budget, long maxCopiedBytes, SecondReader secondReader) {
        this.budget = budget;
        this.maxCopiedBytes = maxCopiedBytes;
        this.secondReader = secondReader;
    }

    OpenedSource open(Path path, String name) {
        return open(path, name, null);
    }

    @Override
    public OpenedSource open(Path path, String name, String provenSha256) {
        long deadline = System.nanoTime() + budget.toNanos();
        SourceFile file;
        try {
            file = SourceFile.read(path);
        } catch (IOException | RuntimeException e) {
            return new OpenedSource.LeftOut("backup.reason.unreadable", null, "");
        }
        if (file.size() == 0) {
            return new OpenedSource.LeftOut("backup.reason.empty", null, file.sha256());
        }
        if (file.size() > MAX_FILE_BYTES) {
            return new OpenedSource.LeftOut("backup.reason.too-large", null, file.sha256());
        }
        SourceFile.Kind claimed = claimed(name);
        SourceFile.Kind content = file.kind();
        if (claimed != SourceFile.Kind.OTHER && content != claimed
                || content != SourceFile.Kind.OTHER && claimed == SourceFile.Kind.OTHER && hasExtension(name)) {
            return new OpenedSource.LeftOut("backup.reason.mismatch", null, file.sha256());
        }
        return switch (content) {
            case PDF -> openPdf(file, deadline, provenSha256 != null && provenSha256.equals(file.sha256()));
            case JPEG, PNG -> openImage(file);
            case OTHER -> new OpenedSource.Listed("backup.reason.not-mergeable", file.sha256());
        };
    }

    /** {@code proven}: these very bytes passed the current proof before, so it need not walk them again. */
    private OpenedSource openPdf(SourceFile file, long deadline, boolean proven) {
        try {
            return readWithIText(file, null, deadline, proven);
        } catch (PdfCheck.Refused refused) {
            if (!refused.reasonKey.equals("backup.reason.damaged")) {
                // a bomb or a crawl stays one whatever reads it: no second reader
                return new OpenedSource.LeftOut(refused.reasonKey, refused.getMessage(), file.sha256());
            }
            return secondReading(file, deadline, refused.getMessage());
        } catch (MemoryLimitsAwareException e) {
            // declared sizes beyond the limits: any reader would have to hold or decode as much
            boolean objects = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("xref");
            return objects ? new OpenedSource.LeftOut("backup.reason.too-many-objects", String.valueOf(MAX_XREF_ENTRIES), file.sha256())
                    : new OpenedSource.LeftOut("backup.reason.bomb", String.valueOf(MAX_DECODED_BYTES >> 20), file.sha256());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // iText reports damage through many exception types, not only PdfException
            return secondReading(file, deadline, e instanceof BadPasswordException ? null : e.getMessage());
        }
    }

    /**
     * What iText cannot read goes to a second reader (PDFBox's lenient parser, in a bounded child
     * process). Its rewritten copy is accepted only if iText then finds as many pages as it did:
     * whatever path a file takes, it is merged whole or not at all.
     */
    private OpenedSource secondReading(SourceFile file, long deadline, String firstProblem) {
        SecondReader.Result result = secondReader.rebuild(file.path(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        return switch (result) {
            case SecondReader.Result.Rebuilt copy -> {
                try {
                    SourceFile rebuilt = SourceFile.read(copy.file());
                    OpenedSource opened = readWithIText(rebuilt, copy, deadline, false);
                    if (opened instanceof OpenedSource.Pdf pdf && pdf.pages() != copy.pages()) {
                        pdf.close();
                        yield new OpenedSource.LeftOut("backup.reason.damaged", "pages missing", file.sha256());
                    }
                    yield opened instanceof OpenedSource.Pdf pdf ? pdf.rebuiltFrom(file.sha256()) : opened;
                } catch (PdfCheck.Refused refused) {
                    SecondReader.delete(copy.file());
                    yield new OpenedSource.LeftOut(refused.reasonKey, refused.getMessage(), file.sha256());
                } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                    SecondReader.delete(copy.file());
                    yield new OpenedSource.LeftOut("backup.reason.damaged", e.getMessage(), file.sha256());
                }
            }
            case SecondReader.Result.Refused refused -> new OpenedSource.LeftOut(refused.reasonKey(),
                    refused.reasonKey().equals("backup.reason.damaged") ? firstProblem : refused.detail(), file.sha256());
        };
    }

    private OpenedSource readWithIText(SourceFile file, SecondReader.Result.Rebuilt rebuilt, long deadline,
                                       boolean proven) throws IOException {
        HeaderFixedSource source = source(file);
        // a parser still reading after the budget and the prefetcher's grace is given up anyway: stop it
        source.failReadsAfter(deadline + SourcePrefetcher.GRACE.toNanos());
        PdfDocument document = open(source);
        try {
            int pages = document.getNumberOfPages();
            if (pages == 0 || pages > MAX_PAGES_PER_FILE) {
                SourceOpener.closeQuietly(document);
                if (rebuilt != null) {
                    SecondReader.delete(rebuilt.file());
                }
                return pages == 0 ? new OpenedSource.LeftOut("backup.reason.no-pages", null, file.sha256())
                        : new OpenedSource.LeftOut("backup.reason.too-many-pages", String.valueOf(pages), file.sha256());
            }
            PdfCheck.Proof proof = proven ? PdfCheck.trusted(document, deadline, budget.toSeconds(), maxCopiedBytes)
                    : PdfCheck.prove(document, deadline, budget.toSeconds(), maxCopiedBytes);
            source.failReadsAfter(Long.MAX_VALUE);
            PdfReader reader = document.getReader();
            String repairKey = rebuilt != null ? "backup.reason.rebuilt"
                    : reader.hasRebuiltXref() || reader.hasFixedXref() ? "backup.reason.repaired" : null;
            return new OpenedSource.Pdf(document, pages, repairKey, file, null,
                    rebuilt == null ? null : rebuilt.file(), proof.liveForm(), null);
        } catch (RuntimeException | Error e) {
            closeQuietly(document);
            throw e;
        }
    }

    static HeaderFixedSource source(SourceFile file) throws IOException {
        RandomAccessSourceFactory factory = new RandomAccessSourceFactory();
        IRandomAccessSource source = file.bytes() != null ? factory.createSource(file.bytes())
                : factory.createBestSource(file.path().toString());
        try {
            return HeaderFixedSource.of(source, file.headerOffset());
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    static PdfDocument open(HeaderFixedSource source) throws IOException {
        PdfReader reader = null;
        try {
            MemoryLimitsAwareHandler limits = new MemoryLimitsAwareHandler()
                    .setMaxSizeOfSingleDecompressedPdfStream(MAX_DECODED_BYTES)
                    .setMaxSizeOfDecompressedPdfStreamsSum(8L * MAX_DECODED_BYTES);
            limits.setMaxNumberOfElementsInXrefStructure(MAX_XREF_ENTRIES);
            reader = new PdfReader(source, new ReaderProperties().setMemoryLimitsAwareHandler(limits));
            reader.setUnethicalReading(true);
            return new PdfDocument(reader);
        } catch (IOException | RuntimeException | Error e) {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException | RuntimeException ignored) {
                    // the file was never usable; nothing else depends on it
                }
            } else {
                source.close();
            }
            throw e;
        }
    }

    private static OpenedSource openImage(SourceFile file) {
        try {
            if (file.size() > MAX_IMAGE_FILE_BYTES) {
                return new OpenedSource.LeftOut("backup.reason.too-large-image-file", String.valueOf(MAX_IMAGE_FILE_BYTES >> 20),
                        file.sha256());
            }
            long[] size = ImageSize.declared(file.kind(), file.head(1 << 20));
            if (size[0] <= 0 || size[1] <= 0) {
                return new OpenedSource.LeftOut("backup.reason.damaged", "no image size", file.sha256());
            }
            if (size[0] > MAX_IMAGE_FILE_PIXELS / size[1]) {
                return new OpenedSource.LeftOut("backup.reason.image-too-large", size[0] + " x " + size[1], file.sha256());
            }
            ImageData image = ImageDataFactory.create(file.bytes() != null ? file.bytes()
                    : Files.readAllBytes(file.path()));
            if (image.getWidth() <= 0 || image.getHeight() <= 0) {
                return new OpenedSource.LeftOut("backup.reason.damaged", "no image size", file.sha256());
            }
            return new OpenedSource.Image(image, file.sha256());
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            return new OpenedSource.LeftOut("backup.reason.damaged", e.getMessage(), file.sha256());
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

    private static SourceFile.Kind claimed(String name) {
        return switch (extension(name)) {
            case "pdf" -> SourceFile.Kind.PDF;
            case "jpg", "jpeg" -> SourceFile.Kind.JPEG;
            case "png" -> SourceFile.Kind.PNG;
            default -> SourceFile.Kind.OTHER;
        };
    }

    private static boolean hasExtension(String name) {
        return !extension(name).isEmpty();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
