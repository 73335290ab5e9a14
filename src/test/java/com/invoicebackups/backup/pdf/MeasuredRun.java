package com.invoicebackups.backup.pdf;

import com.invoicebackups.HeapSampler;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one side of the benchmark in its own JVM and prints its figures:
 * {@code MeasuredRun plain|engine|twice INPUT OUTPUT}; {@code twice} compiles two backups of the input at
 * once, as an instance with two workers may.
 */
public final class MeasuredRun {

    private MeasuredRun() {
    }

    private static int compile(Path input, Path output) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = CompileCommand.run(new String[] {"compile", "--input", input.toString(), "--output", output.toString()},
                new java.io.PrintStream(out), System.err);
        if (exit != 0) {
            System.exit(exit);
        }
        String last = out.toString().strip().lines().reduce((a, b) -> b).orElse("");
        return Integer.parseInt(last.replaceAll(".*pages=(\\d+).*", "$1"));
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[1]);
        Path output = Path.of(args[2]);
        HeapSampler peak = HeapSampler.start();
        long started = System.nanoTime();
        int pages;
        if (args[0].equals("plain")) {
            pages = PlainMerge.merge(input, output);
        } else if (args[0].equals("twice")) {
            java.util.concurrent.CompletableFuture<Integer> other = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> compile(input, output.resolveSibling("second-" + output.getFileName())));
            pages = compile(input, output);
            if (other.join() != pages) {
                System.exit(3);
            }
        } else {
            pages = compile(input, output);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        peak.close();
        System.out.printf("RESULT seconds=%.2f pages=%d bytes=%d peak-heap-mb=%.0f max-heap-mb=%d%n", seconds, pages,
                Files.size(output), peak.peak() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }
}
