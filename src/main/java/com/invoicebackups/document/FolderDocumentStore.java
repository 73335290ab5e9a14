package com.invoicebackups.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/** Documents as files in a local folder, two levels of sub-folders deep so no folder grows huge. */
public class FolderDocumentStore implements DocumentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    public FolderDocumentStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath();
        removeAbandonedPartials();
    }

    /**
     * A process killed while writing leaves a .partial file that no key points at. Those older than a
     * day are removed at start; younger ones may belong to another instance still writing.
     */
    private void removeAbandonedPartials() throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> files = Files.find(root, 3, (path, attributes) -> path.toString().endsWith(".partial")
                && attributes.lastModifiedTime().toInstant().isBefore(dayAgo))) {
            for (Path partial : files.toList()) {
                Files.deleteIfExists(partial);
            }
        }
    }

    @Override
    public String put(InputStream content) throws IOException {
        try (NewDocument document = create()) {
            content.transferTo(document.output());
            document.commit();
            return document.key();
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(path(key));
    }

    @Override
    public Path file(String key) throws IOException {
        return path(key);
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(root.resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public Stream<String> keysWrittenBefore(Instant cutoff) throws IOException {
        return Files.find(root, 3, (path, attributes) -> attributes.isRegularFile()
                        && attributes.lastModifiedTime().toInstant().isBefore(cutoff))
                .map(path -> root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"))
                .filter(key -> KEY.matcher(key).matches());
    }

    @Override
    public NewDocument create() throws IOException {
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
        Path target = root.resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(id + ".partial");
        OutputStream output = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
        return new NewDocument() {
            private boolean committed;

            @Override
            public String key() {
                return key;
            }

            @Override
            public OutputStream output() {
                return output;
            }

            @Override
            public void commit() throws IOException {
                // on disk before any row can name it, so a power cut never leaves a row pointing at a hole
                output.close();
                try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    file.force(true);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                sync(target.getParent());
                committed = true;
            }

            @Override
            public void close() throws IOException {
                if (!committed) {
                    output.close();
                    Files.deleteIfExists(partial);
                }
            }
        };
    }

    /** Makes a rename in the folder durable; platforms that cannot open a folder for this leave it to the file system. */
    private static void sync(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException refused) {
            // Windows, for one, does not open folders as files
        }
    }

    private Path path(String key) throws IOException {
        if (!KEY.matcher(key).matches()) {
            throw new NoSuchFileException(key);
        }
        return root.resolve(key);
    }
}
