package com.invoicebackups.backup.pdf;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The second reader's own process: PDFBox's lenient parser recovers several kinds of damage iText does
 * not (a compressed cross-reference stream cut off, a broken page tree, an unusual header). For each
 * request {@code <id> TAB <path>} read from standard input it writes a rewritten copy and answers one
 * line on standard output: {@code <id> OK <pages> <copy>} or {@code <id> REFUSED <reason key> <detail>}.
 */
public final class PdfBoxRebuild {

    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private PdfBoxRebuild() {
    }

    /** Answers requests until standard input closes. Logging goes to standard error, away from the answers. */
    public static void serve() throws IOException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String request; (request = requests.readLine()) != null; ) {
            int tab = request.indexOf('\t');
            answers.println(request.substring(0, Math.max(tab, 0)) + " " + rebuild(Path.of(request.substring(tab + 1))));
        }
    }

    static String rebuild(Path damaged) {
        Path copy = null;
        try {
            if (Files.size(damaged) > MAX_BYTES) {
                return refused("backup.reason.too-large", "");
            }
            // streams are cached in temporary files, so a large scan does not fill the heap
            try (PDDocument document = Loader.loadPDF(new File(damaged.toString()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache())) {
                int pages = document.getNumberOfPages();
                if (pages == 0) {
                    return refused("backup.reason.no-pages", "");
                }
                document.setAllSecurityToBeRemoved(true);
                copy = Files.createTempFile("rebuilt-", ".pdf");
                document.save(copy.toFile());
                return "OK " + pages + " " + copy;
            }
        } catch (InvalidPasswordException e) {
            SecondReader.delete(copy);
            return refused("backup.reason.password", "");
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            SecondReader.delete(copy);
            return isCertificateEncryption(e, damaged) ? refused("backup.reason.certificate", "")
                    : refused("backup.reason.damaged", String.valueOf(e.getMessage()));
        }
    }

    /** Public-key encryption names its handler in the encryption dictionary, which is never encrypted itself. */
    private static boolean isCertificateEncryption(Throwable e, Path file) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("keystore") || message.contains("decryption material")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64 << 20), StandardCharsets.ISO_8859_1).contains("/Adobe.PubSec");
        } catch (IOException | OutOfMemoryError unreadable) {
            return false;
        }
    }

    private static String refused(String reasonKey, String detail) {
        return "REFUSED " + reasonKey + " " + detail.replaceAll("\\s+", " ");
    }
}
