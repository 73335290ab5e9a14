package com.invoicebackups.backup.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.MDC;

/**
 * Opens and proves the next few sources on a second thread while the current one is being merged:
 * hashing a file and parsing its structure cost about as much as copying its pages. Only {@link #DEPTH}
 * sources are open ahead at any time, so memory stays flat. Each opened source is used by one thread
 * at a time: the opening thread hands it over through its future. A source whose opening outlasts its
 * budget is reported and abandoned with its thread; the others go on on a new thread.
 */
final class SourcePrefetcher implements AutoCloseable {

    static final int DEPTH = 2;
    /** Beyond the budget the opener keeps itself: time for it to notice and answer. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private record Pending(BackupRequest.Source source, Future<OpenedSource> future) {
    }

    private final List<BackupRequest.Source> sources;
    private final Opener opener;
    private final Duration budget;
    private final Deque<Pending> window = new ArrayDeque<>();
    private ExecutorService executor = newExecutor();
    private int scheduled;
    /** The source the copying thread waits for, if it waits. */
    private volatile Future<OpenedSource> awaited;
    /** The compile's log context (backup, user), so what the parsers log on the opening thread names it too. */
    private final Map<String, String> logContext;

    /** Opens and judges one source. */
    interface Opener {
        /** {@code provenSha256}: the SHA-256 of bytes the current proof passed before (at upload), or null. */
        OpenedSource open(Path path, String name, String provenSha256);
    }

    SourcePrefetcher(List<BackupRequest.Source> sources, Opener opener, Duration budget) {
        this.logContext = MDC.getCopyOfContextMap();
        this.sources = sources;
        this.opener = opener;
        this.budget = budget;
        while (scheduled < Math.min(DEPTH, sources.size())) {
            schedule();
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backup-prefetch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The next source, in the order given. */
    OpenedSource next() {
        Pending next = window.removeFirst();
        if (scheduled < sources.size()) {
            schedule();
        }
        awaited = next.future();
        try {
            return next.future().get(budget.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Unavailable unavailable) {
                throw unavailable;
            }
            return new OpenedSource.LeftOut("backup.reason.unreadable", null, "");
        } catch (TimeoutException e) {
            abandonThread(next);
            return new OpenedSource.LeftOut("backup.reason.too-slow", String.valueOf(budget.toSeconds()), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling", e);
        } finally {
            awaited = null;
        }
    }

    /** The opening thread is stuck in a parser that ignores interruption: leave it, and open the rest anew. */
    private void abandonThread(Pending stuck) {
        stuck.future().cancel(true);
        executor.shutdownNow();
        executor = newExecutor();
        Deque<Pending> waiting = new ArrayDeque<>(window);
        window.clear();
        for (Pending pending : waiting) {
            pending.future().cancel(false);
            window.addLast(new Pending(pending.source(), submit(pending.source())));
        }
    }

    private void schedule() {
        BackupRequest.Source source = sources.get(scheduled++);
        window.addLast(new Pending(source, submit(source)));
    }

    /** A result that arrives after its source was given up is closed by the thread that opened it. */
    private Future<OpenedSource> submit(BackupRequest.Source source) {
        CompletableFuture<OpenedSource> result = new CompletableFuture<>();
        executor.execute(() -> {
            if (result.isDone()) {
                return;
            }
            OpenedSource opened;
            try (var logged = LogContext.entered(logContext)) {
                opened = fetchAndOpen(source);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            if (opened instanceof OpenedSource.Pdf pdf && awaited != result) {
                hashAhead(pdf);
            }
            if (!result.complete(opened) && opened instanceof OpenedSource.Pdf pdf) {
                pdf.close();
            }
        });
        return result;
    }

    /**
     * Hashes the file now, while the copying thread is busy with an earlier source; when it already waits for this
     * one, the file is handed over at once and hashed there (see {@link SourceFile#sha256()}), so neither thread
     * carries all the hashing while the other waits.
     */
    private static void hashAhead(OpenedSource.Pdf pdf) {
        try {
            pdf.sha256();
        } catch (UncheckedIOException e) {
            // the copying thread asks again, and reports the file unreadable if it still is
        }
    }

    /**
     * Fetches the source to a local file and opens it there. A PDF keeps its local file until it is merged and
     * closed; anything else is read whole on opening, so its file goes at once.
     */
    private OpenedSource fetchAndOpen(BackupRequest.Source source) {
        SourceContent.Local local;
        try {
            local = source.content().fetch();
        } catch (NoSuchFileException gone) {
            // gone from the store for good: reported like an unreadable file, as trying again would not help
            return new OpenedSource.LeftOut("backup.reason.unreadable", null, "");
        } catch (IOException e) {
            throw new Unavailable(source.name(), e);
        }
        try {
            OpenedSource opened = opener.open(local.path(), source.name(), source.provenSha256());
            if (opened instanceof OpenedSource.Pdf pdf) {
                return pdf.withFetched(local);
            }
            local.close();
            return opened;
        } catch (RuntimeException | Error e) {
            local.close();
            throw e;
        }
    }

    /** Where the source is kept did not hand it over: the backup fails (and is tried again), nothing is left out. */
    static final class Unavailable extends UncheckedIOException {
        Unavailable(String name, IOException cause) {
            super("Could not fetch " + name, cause);
        }
    }

    /** Stops and closes whatever was opened ahead and not taken. */
    @Override
    public void close() {
        executor.shutdownNow();
        for (Pending pending : window) {
            // a task still in the queue never runs after shutdownNow: cancel it, or get() would wait forever
            if (pending.future().cancel(false)) {
                continue;
            }
            try {
                if (pending.future().get(GRACE.toMillis(), TimeUnit.MILLISECONDS) instanceof OpenedSource.Pdf pdf) {
                    pdf.close();
                }
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // nothing was opened, or its thread is stuck and owns it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class LogContext implements AutoCloseable {

        static LogContext entered(Map<String, String> context) {
            if (context != null) {
                MDC.setContextMap(context);
            }
            return new LogContext();
        }

        @Override
        public void close() {
            MDC.clear();
        }
    }
}
