package com.invoicebackups.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * {@code documents import --from=FOLDER}: copies the documents of a folder store into the configured bucket under
 * the same keys, so the database's rows find them there; documents already in the bucket are left as they are,
 * so the command can run again after an interruption.
 */
@Command(name = "import", usageHelpWidth = 100, exitCodeOnInvalidInput = 1,
        description = {"Copies the documents of a folder store into the configured bucket under the same keys;"
                + " documents already there are left as they are, so it can run again after an interruption.",
                "The bucket is configured as for the application: DOCUMENT_STORE=s3, S3_BUCKET, ..."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:wrong arguments", "2:no bucket configured", "3:a document could not be copied"})
public final class DocumentImportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FOLDER", description = "the folder of the folder store")
    private Path from;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    private boolean help;

    /** The application's own settings, read by it. */
    @Unmatched
    private List<String> settings;

    private final Supplier<DocumentStore> target;
    private final PrintStream out;
    private final PrintStream err;

    /** @param target the application's store, opened only once the arguments are understood */
    public DocumentImportCommand(Supplier<DocumentStore> target, PrintStream out, PrintStream err) {
        this.target = target;
        this.out = out;
        this.err = err;
    }

    /** {@code args}: the command line, "documents import" first. */
    public static int run(String[] args, DocumentStore target, PrintStream out, PrintStream err) {
        return new CommandLine(new DocumentImportCommand(() -> target, out, err))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(Arrays.copyOfRange(args, 2, args.length));
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(from)) {
            err.println("Not a folder: " + from);
            return 1;
        }
        if (!(target.get() instanceof S3DocumentStore bucket)) {
            err.println("No bucket configured: set DOCUMENT_STORE=s3 and S3_BUCKET (and S3_ENDPOINT for MinIO and the like).");
            return 2;
        }
        long copied = 0;
        long present = 0;
        long bytes = 0;
        try {
            FolderDocumentStore folder = new FolderDocumentStore(from);
            try (Stream<String> keys = folder.keysWrittenBefore(Instant.now().plusSeconds(60))) {
                Iterator<String> iterator = keys.iterator();
                while (iterator.hasNext()) {
                    String key = iterator.next();
                    if (bucket.exists(key)) {
                        present++;
                        continue;
                    }
                    try (InputStream in = folder.open(key)) {
                        bucket.put(key, in);
                    }
                    copied++;
                    bytes += folder.size(key);
                }
            }
        } catch (IOException | RuntimeException e) {
            err.println("Stopped after " + copied + " documents: " + e.getMessage() + ". Run the command again to go on.");
            return 3;
        }
        out.printf("Copied %d documents (%.1f MB) into the bucket; %d were there already.%n", copied, bytes / 1e6, present);
        return 0;
    }
}
