package com.invoicebackups.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * {@code documents import --from=FOLDER}: copies the documents of a folder store into the configured bucket under
 * the same keys, so the database's rows find them there; documents already in the bucket are left as they are,
 * so the command can run again after an interruption. Exit codes: 0 done, 1 wrong arguments, 2 no bucket
 * configured, 3 a document could not be copied.
 */
public final class DocumentImportCommand {

    private DocumentImportCommand() {
    }

    public static int run(String[] args, DocumentStore target, PrintStream out, PrintStream err) {
        Path from = null;
        for (String arg : args) {
            if (arg.startsWith("--from=")) {
                from = Path.of(arg.substring("--from=".length()));
            }
        }
        if (args.length < 2 || !args[1].equals("import") || from == null || !Files.isDirectory(from)) {
            err.println("Usage: documents import --from=FOLDER   (the folder of the folder store, with the bucket"
                    + " configured as for the application: DOCUMENT_STORE=s3, S3_BUCKET, ...)");
            return 1;
        }
        if (!(target instanceof S3DocumentStore bucket)) {
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
