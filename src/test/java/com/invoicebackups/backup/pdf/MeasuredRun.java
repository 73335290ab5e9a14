package com.invoicebackups.backup.pdf;

import com.invoicebackups.HeapSampler;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one side of the benchmark in its own JVM and prints its figures:
 * {@code MeasuredRun plain|engine|proven|twice|sealed|volumes INPUT OUTPUT [KEYSTORE]}; {@code proven} compiles as
 * the application does, with every document's proof stored at upload; {@code twice} compiles two
 * backups of the input at once, as an instance with two workers may; {@code sealed} seals the backup with the
 * keystore (password in BACKUP_SIGN_PASSWORD); {@code volumes} writes it in volumes of at most 50 MB.
 */
public final class MeasuredRun {

    private MeasuredRun() {
    }

    private static int compile(Path input, Path output, String... options) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compile", "--input", input.toString(),
                "--output", output.toString()));
        args.addAll(java.util.List.of(options));
        int exit = CompileCommand.run(args.toArray(String[]::new), TestWords::named, TestWords.TYPES, new java.io.PrintStream(out),
                System.err);
        if (exit != 0) {
            System.exit(exit);
        }
        String last = out.toString().strip().lines().reduce((a, b) -> b).orElse("");
        return Integer.parseInt(last.replaceAll(".*pages=(\\d+).*", "$1"));
    }

    /** The file's size, or the sum of its volumes' (FILE-1.pdf, FILE-2.pdf, ...). */
    private static long written(Path output) throws java.io.IOException {
        if (Files.exists(output)) {
            return Files.size(output);
        }
        String base = output.getFileName().toString().replaceAll("\\.pdf$", "");
        try (var files = Files.list(output.toAbsolutePath().getParent())) {
            return files.filter(file -> file.getFileName().toString().matches(java.util.regex.Pattern.quote(base)
                    + "-\\d+\\.pdf")).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /**
     * The backup as the application compiles it: every document was proven when it was uploaded (done here before
     * the clock starts), so the compile is told which bytes passed.
     */
    private static BackupRequest provenRequest(Path input) throws java.io.IOException {
        Words words = TestWords.GC;
        SourceJudge judge = new SourceJudge();
        java.util.function.UnaryOperator<BackupRequest.Source> proven = source -> {
            Path file = Path.of(source.content().toString());
            SourceJudge.Verdict verdict = judge.judge(file, file.getFileName().toString());
            return verdict.proofVersion() == null ? source : source.proven(verdict.sha256());
        };
        java.util.List<BackupRequest.Invoice> invoices = CompileCommand.invoices(input, words).stream()
                .map(invoice -> new BackupRequest.Invoice(invoice.contractNumber(), invoice.company(),
                        invoice.label(), proven.apply(invoice.document()),
                        invoice.attachments().stream().map(proven).toList()))
                .toList();
        return new BackupRequest(words.get("backup.title"), "benchmark", java.time.ZonedDateTime.now(), words,
                ProfileFile.DEFAULT.options(), null, invoices).arranged();
    }

    private static int compileProven(BackupRequest request, Path output) throws java.io.IOException {
        try (java.io.OutputStream out = Files.newOutputStream(output)) {
            return new BackupEngine(SourceOpener.DEFAULT_BUDGET).compile(request, out, BackupEngine.Progress.NONE)
                    .pages();
        }
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[1]);
        Path output = Path.of(args[2]);
        BackupRequest proven = args[0].equals("proven") ? provenRequest(input) : null;
        HeapSampler peak = HeapSampler.start();
        long started = System.nanoTime();
        int pages;
        if (proven != null) {
            pages = compileProven(proven, output);
        } else if (args[0].equals("plain")) {
            pages = PlainMerge.merge(input, output);
        } else if (args[0].equals("twice")) {
            java.util.concurrent.CompletableFuture<Integer> other = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> compile(input, output.resolveSibling("second-" + output.getFileName())));
            pages = compile(input, output);
            if (other.join() != pages) {
                System.exit(3);
            }
        } else if (args[0].equals("sealed")) {
            pages = compile(input, output, "--sign", args[3]);
        } else if (args[0].equals("volumes")) {
            pages = compile(input, output, "--max-volume-mb", "50");
        } else {
            pages = compile(input, output);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        peak.close();
        System.out.printf("RESULT seconds=%.2f pages=%d bytes=%d peak-heap-mb=%.0f max-heap-mb=%d%n", seconds, pages,
                written(output), peak.peak() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }
}
