package com.invoicebackups.backup;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * When this instance stops, compiles running here get {@code shutdown-wait} to finish; those still running then stop
 * at their next invoice or invoice document and go back to the queue, where another instance takes them at once.
 * Meanwhile this instance picks no more jobs. Runs before the job scheduler stops, which waits for the jobs to return.
 */
@Component
class ShutdownHandBack implements SmartLifecycle {

    /** How long running compiles get to reach their next invoice and hand themselves back. */
    private static final Duration HAND_BACK_WAIT = Duration.ofSeconds(10);

    private final Duration shutdownWait;
    /** The job scheduler runs the compile jobs, so it is looked up when needed, not injected. */
    private final ObjectProvider<Scheduler> scheduler;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean active;
    private volatile boolean stopping;
    private volatile boolean handingBack;
    private volatile boolean pausedJobs;

    ShutdownHandBack(BackupSettings settings, ObjectProvider<Scheduler> scheduler) {
        this.shutdownWait = settings.shutdownWait();
        this.scheduler = scheduler;
    }

    /** Whether this instance began to stop: a job picked now goes to another instance. */
    boolean stopping() {
        return stopping;
    }

    /** Whether compiles running here are to stop at their next invoice or invoice document. */
    boolean handingBack() {
        return handingBack;
    }

    void compileStarted() {
        running.incrementAndGet();
    }

    void compileEnded() {
        synchronized (running) {
            running.decrementAndGet();
            running.notifyAll();
        }
    }

    @Override
    public void stop() {
        stopping = true;
        // picks no more jobs, so what is handed back goes to another instance
        scheduler.ifAvailable(jobs -> {
            jobs.pause();
            pausedJobs = true;
        });
        long deadline = System.nanoTime() + shutdownWait.toNanos();
        awaitNoneRunning(deadline);
        handBackRunning();
    }

    /** Compiles still running here stop at their next invoice or invoice document and go back to the queue. */
    void handBackRunning() {
        handingBack = true;
        awaitNoneRunning(System.nanoTime() + HAND_BACK_WAIT.toNanos());
    }

    private void awaitNoneRunning(long deadline) {
        synchronized (running) {
            long left;
            while (running.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    running.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        stopping = false;
        handingBack = false;
        active = true;
        // started again after a stop (a paused application context): take jobs again
        if (pausedJobs) {
            scheduler.ifAvailable(Scheduler::resume);
            pausedJobs = false;
        }
    }

    @Override
    public boolean isRunning() {
        return active && !stopping;
    }
}
