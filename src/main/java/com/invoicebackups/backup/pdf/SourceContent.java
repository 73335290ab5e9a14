package com.invoicebackups.backup.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a source's bytes are: a local file, or a document elsewhere (object storage, say) copied to a temporary
 * file only when its turn comes and removed once merged, so a compile never holds the whole project on disk.
 */
public interface SourceContent {

    /** A local file with the content, for as long as it is open. */
    Local fetch() throws IOException;

    long size();

    /** A local file while it is read; closing it removes it when it was a copy. */
    interface Local extends AutoCloseable {

        Path path();

        @Override
        void close();
    }

    static SourceContent of(Path file) {
        return new SourceContent() {
            @Override
            public Local fetch() {
                return new Local() {
                    @Override
                    public Path path() {
                        return file;
                    }

                    @Override
                    public void close() {
                        // the file itself: nothing to remove
                    }
                };
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    // a file that is not there weighs nothing: it is left out when its turn comes
                    return 0;
                }
            }

            @Override
            public String toString() {
                return file.toString();
            }
        };
    }
}
