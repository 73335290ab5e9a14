package com.invoicebackups;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap in use, sampled every 5 ms on a daemon thread: the memory pools' own peaks happen at different
 * moments and overstate it when summed.
 */
public final class HeapSampler implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private HeapSampler() {
        sampler = Thread.ofPlatform().daemon().start(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public static HeapSampler start() {
        return new HeapSampler();
    }

    /** The most heap in use since the start or the last reset, in bytes. */
    public long peak() {
        return peak.get();
    }

    public void reset() {
        peak.set(0);
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
