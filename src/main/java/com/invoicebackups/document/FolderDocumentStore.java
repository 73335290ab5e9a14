package com.invoicebackups.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import com.invoicebackups.shared.StoreUnavailable;

/** Documents as files in a local folder, the key's levels as sub-folders. */
public class FolderDocumentStore implements DocumentStore {

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
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(path(key));
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public LocalCopy local(String key) throws IOException {
        Path file = path(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(key);
        }
        return new LocalFile(file, false);
    }

    @Override
    public boolean exists(String key) {
        return DocumentKeys.valid(key) && Files.isRegularFile(root.resolve(key));
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
                .filter(DocumentKeys::valid);
    }

    @Override
    public void probe() throws IOException {
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new StoreUnavailable("The document folder " + root + " is not a writable folder", null);
        }
    }

    @Override
    public NewDocument create() throws IOException {
        String key = DocumentKeys.newKey();
        Path target = root.resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        OutputStream output = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
        return new PendingDocument(key, output) {
            @Override
            void publish() throws IOException {
                // on disk before any row can name it, so a power cut never leaves a row pointing at a hole
                output().close();
                try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    file.force(true);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                sync(target.getParent());
            }

            @Override
            void discard() throws IOException {
                output().close();
                Files.deleteIfExists(partial);
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
        if (!DocumentKeys.valid(key)) {
            throw new NoSuchFileException(key);
        }
        return root.resolve(key);
    }
}
