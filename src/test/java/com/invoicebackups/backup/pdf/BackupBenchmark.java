package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Prints the engine's speed and memory against a plain iText merge of the same generated files, each in
 * its own JVM with a 256 MB heap, on corpora of JPEG scans, lossless Flate scans and filled forms. Not part of the
 * test suite; run with ./mvnw test -Dtest=BackupBenchmark#engine_against_plain_merge
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.sizes=100x3,500x4] [-Dbenchmark.shapes=FLATE_SCANS]
 * [-Dbenchmark.rounds=5] [-Dbenchmark.twice=true]
 * and the cost of sealing and of volumes with
 * ./mvnw test -Dtest=BackupBenchmark#sealing_and_volumes -Dsurefire.failIfNoSpecifiedTests=false
 */
class BackupBenchmark {

    private static final Pattern RESULT = Pattern.compile("RESULT seconds=([\\d.]+) pages=(\\d+) bytes=(\\d+) peak-heap-mb=(\\d+)");

    @Test
    void engine_against_plain_merge() throws Exception {
        for (String shapeName : System.getProperty("benchmark.shapes", "JPEG_SCANS,FLATE_SCANS,FORMS").split(",")) {
            Corpus.Shape shape = Corpus.Shape.valueOf(shapeName.strip());
            for (String size : System.getProperty("benchmark.sizes", "500x4").split(",")) {
                compare(shape, Integer.parseInt(size.split("x")[0]), Integer.parseInt(size.split("x")[1]));
            }
        }
    }

    /**
     * The plain merge, the engine as the command line runs it (every document proven during the compile) and as
     * the application runs it (proofs stored at upload), alternating; medians of the rounds.
     */
    private static void compare(Corpus.Shape shape, int invoices, int attachments) throws Exception {
        Path work = Files.createTempDirectory("backup-benchmark");
        try {
            Path input = work.resolve("corpus");
            long started = System.nanoTime();
            int pages = new Corpus(42, shape).generate(Files.createDirectories(input), invoices, attachments);
            long bytes;
            try (var files = Files.walk(input)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
            System.out.printf("%nBACKUP BENCHMARK  %s corpus %d invoices x %d attachments: %d pages, %.0f MB, generated in %.1f s%n",
                    shape, invoices, attachments, pages, bytes / 1048576.0, (System.nanoTime() - started) / 1e9);
            java.util.Map<String, List<Double>> seconds = new java.util.LinkedHashMap<>();
            for (int round = 0; round < Integer.getInteger("benchmark.rounds", 5); round++) {
                for (String side : List.of("plain", "engine", "proven")) {
                    double[] run = run(side, input, work.resolve(side + ".pdf"));
                    // the engine adds its own pages (cover, reconciliation, contents, manifest) to the sources'
                    assertThat((int) run[1]).as(side + " pages").isGreaterThanOrEqualTo(pages);
                    seconds.computeIfAbsent(side, key -> new ArrayList<>()).add(run[0]);
                }
            }
            double plain = median(seconds.get("plain"));
            double engine = median(seconds.get("engine"));
            double proven = median(seconds.get("proven"));
            System.out.printf("BACKUP BENCHMARK  %s medians: plain %.2f s, command line %.2f s (%.2f x), application"
                    + " with proofs stored at upload %.2f s (%.2f x)%n", shape, plain, engine, engine / plain, proven,
                    proven / plain);
            if (Boolean.getBoolean("benchmark.twice")) {
                System.out.println("BACKUP BENCHMARK  two backups of this corpus at once in one 256 MB heap:");
                run("twice", input, work.resolve("engine.pdf"));
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    void sealing_and_volumes() throws Exception {
        Path work = Files.createTempDirectory("backup-benchmark");
        try {
            Path input = work.resolve("corpus");
            int pages = new Corpus(42).generate(Files.createDirectories(input), 500, 4);
            Path keystore = work.resolve("seal.p12");
            PackageSeal.createSelfSigned(keystore, PASSWORD.toCharArray(), "Benchmark Builders", java.time.Instant.now());
            System.out.printf("%nBACKUP BENCHMARK  corpus 500 invoices x 4 attachments: %d pages%n", pages);
            java.util.Map<String, List<Double>> seconds = new java.util.LinkedHashMap<>();
            for (int round = 0; round < Integer.getInteger("benchmark.rounds", 3); round++) {
                for (String side : List.of("engine", "sealed", "volumes")) {
                    Path output = Files.createDirectories(work.resolve(side + "-" + round)).resolve("backup.pdf");
                    seconds.computeIfAbsent(side, key -> new ArrayList<>()).add(run(side, input, output, keystore)[0]);
                }
            }
            double engine = median(seconds.get("engine"));
            seconds.forEach((side, values) -> System.out.printf("BACKUP BENCHMARK  median %-7s %.2f s (%.2f x one PDF)%n",
                    side, median(values), median(values) / engine));
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static final String PASSWORD = "benchmark-seal";

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static double[] run(String side, Path input, Path output) throws IOException, InterruptedException {
        return run(side, input, output, null);
    }

    private static double[] run(String side, Path input, Path output, Path keystore)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), MeasuredRun.class.getName(), side,
                input.toString(), output.toString()));
        if (keystore != null) {
            command.add(keystore.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BACKUP_SIGN_PASSWORD", PASSWORD);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(out).isZero();
        Matcher result = RESULT.matcher(out);
        assertThat(result.find()).as(out).isTrue();
        System.out.printf("BACKUP BENCHMARK  %-6s %7s s  %6s pages  %6.0f MB output  heap in use at most %4s MB (of 256)%n", side,
                result.group(1), result.group(2), Long.parseLong(result.group(3)) / 1048576.0, result.group(4));
        return new double[] {Double.parseDouble(result.group(1)), Double.parseDouble(result.group(2))};
    }
}
