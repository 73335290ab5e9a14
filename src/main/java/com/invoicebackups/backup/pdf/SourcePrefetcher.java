package com.invoicebackups.backup.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Opens the next few sources on a second thread while the current one is being merged: hashing a file
 * and parsing its structure cost about as much as copying its pages. Only {@link #DEPTH} sources are
 * open ahead at any time, so memory stays flat. Each opened source is used by one thread at a time:
 * the opening thread hands it over through its future.
 */
final class SourcePrefetcher implements AutoCloseable {

    static final int DEPTH = 2;

    private final List<BackupRequest.Source> sources;
    private final SourceOpener opener = new SourceOpener();
    private final Deque<Future<OpenedSource>> window = new ArrayDeque<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backup-prefetch");
        thread.setDaemon(true);
        return thread;
    });
    private int scheduled;

    SourcePrefetcher(List<BackupRequest.Source> sources) {
        this.sources = sources;
        while (scheduled < Math.min(DEPTH, sources.size())) {
            schedule();
        }
    }

    /** The next source, in the order given. */
    OpenedSource next() {
        Future<OpenedSource> next = window.removeFirst();
        if (scheduled < sources.size()) {
            schedule();
        }
        try {
            return next.get();
        } catch (ExecutionException e) {
            return new OpenedSource.LeftOut("backup.reason.unreadable", null, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling", e);
        }
    }

    private void schedule() {
        BackupRequest.Source source = sources.get(scheduled++);
        window.addLast(executor.submit(() -> opener.open(source.path(), source.name())));
    }

    /** Stops and closes whatever was opened ahead and not taken. */
    @Override
    public void close() {
        executor.shutdownNow();
        for (Future<OpenedSource> pending : window) {
            // a task still in the queue never runs after shutdownNow: cancel it, or get() would wait forever
            if (pending.cancel(false)) {
                continue;
            }
            try {
                if (pending.get() instanceof OpenedSource.Pdf pdf) {
                    pdf.close();
                }
            } catch (ExecutionException | RuntimeException e) {
                // nothing was opened
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
