package com.invoicebackups.layout;

import com.invoicebackups.shared.ByteSizes;
import com.invoicebackups.shared.UploadRefusals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Vaadin Upload whose files are streamed to a temporary file, never held whole in memory, stopped once
 * over the size limit, handed to {@code receiver} and deleted. A refusal is shown next to the file in the
 * upload's list and reported to {@code refused}.
 */
public class StreamedUpload extends Upload {

    /** Takes a received file; runs off the UI lock. */
    public interface Receiver {
        void receive(String fileName, Path file);
    }

    public interface Outcome {
        void accepted(String fileName);

        void refused(String fileName, String message);
    }

    public StreamedUpload(long maxBytes, Receiver receiver, Outcome outcome) {
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setUploadHandler(new Handler(maxBytes, receiver, outcome));
        // a file refused in the browser never enters the upload's list: keep it, to show it there with the reason; and a
        // refused file, which stays listed with its reason, does not count towards the number of files allowed
        getElement().executeJs("""
                this.addEventListener('file-reject', e => { (this.__refused ||= {})[e.detail.file.name] = e.detail.file; });
                this.__updateMaxFilesReached = (maxFiles, files) =>
                    this._setMaxFilesReached(maxFiles >= 0 && files.filter(f => !f.error).length >= maxFiles);""");
        addFileRejectedListener(rejected -> {
            String message = rejection(rejected.getFileName(), rejected.getErrorMessage(), maxBytes);
            getElement().executeJs("""
                    const file = this.__refused && this.__refused[$0];
                    if (!file) { return; }
                    delete this.__refused[$0];
                    file.error = $1; file.complete = false; file.status = ''; file.held = false;
                    this.files = [file, ...this.files.filter(f => f !== file)];""", rejected.getFileName(), message);
            outcome.refused(rejected.getFileName(), message);
        });
    }

    /** The browser's own reason (its default English words) in ours. */
    private String rejection(String fileName, String browserReason, long maxBytes) {
        String reason = browserReason == null ? "" : browserReason.toLowerCase(java.util.Locale.ROOT);
        if (reason.contains("too many")) {
            return getTranslation("attachment.error.too-many", fileName, getMaxFiles());
        }
        if (reason.contains("type")) {
            return getTranslation("attachment.error.wrong-type", fileName);
        }
        UploadRefusals.count("attachment.error.too-large");
        return getTranslation("attachment.error.too-large", fileName, ByteSizes.megabytes(maxBytes));
    }

    private static final class Handler implements UploadHandler {

        private final long maxBytes;
        private final Receiver receiver;
        private final Outcome outcome;

        Handler(long maxBytes, Receiver receiver, Outcome outcome) {
            this.maxBytes = maxBytes;
            this.receiver = receiver;
            this.outcome = outcome;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String name = event.getFileName();
            Path file = Files.createTempFile("upload", ".part");
            try {
                String refusal = null;
                if (!copyAtMost(event.getInputStream(), file, maxBytes)) {
                    UploadRefusals.count("attachment.error.too-large");
                    refusal = ui.getTranslation("attachment.error.too-large", name, ByteSizes.megabytes(maxBytes));
                } else {
                    try {
                        receiver.receive(name, file);
                    } catch (RuntimeException e) {
                        refusal = UiMessages.message(ui, e);
                    }
                }
                String message = refusal;
                ui.access(() -> {
                    if (message == null) {
                        outcome.accepted(name);
                    } else {
                        showOnFile((Upload) event.getOwningComponent(), name, message);
                        outcome.refused(name, message);
                    }
                });
            } finally {
                Files.deleteIfExists(file);
            }
        }

        /** False when the stream holds more than {@code limit} bytes; what was read so far is discarded. */
        private static boolean copyAtMost(InputStream in, Path file, long limit) throws IOException {
            long copied = 0;
            byte[] buffer = new byte[1 << 16];
            try (in; OutputStream out = Files.newOutputStream(file)) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    copied += read;
                    if (copied > limit) {
                        return false;
                    }
                    out.write(buffer, 0, read);
                }
            }
            return true;
        }
    }

    /** Marks the file failed with our message in the upload's own list, whichever arrives first, this or the response. */
    private static void showOnFile(Upload upload, String fileName, String message) {
        upload.getElement().executeJs("""
                const upload = this;
                const apply = () => {
                  const file = upload.files.find(f => f.name === $0);
                  if (!file) { return; }
                  file.error = $1; file.complete = false; file.status = ''; file.held = false;
                  upload.files = [...upload.files];
                };
                apply();
                const again = e => { if (e.detail.file.name === $0) { setTimeout(apply); } };
                upload.addEventListener('upload-success', again);
                upload.addEventListener('upload-error', again);
                """, fileName, message);
    }
}
