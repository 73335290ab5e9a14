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
 * its own JVM with a 256 MB heap. Not part of the test suite; run with
 * ./mvnw test -Dtest=BackupBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.sizes=100x3,500x4]
 * and the cost of sealing and of volumes with
 * ./mvnw test -Dtest=BackupBenchmark#sealing_and_volumes -Dsurefire.failIfNoSpecifiedTests=false
 */
class BackupBenchmark {

    private static final Pattern RESULT = Pattern.compile("RESULT seconds=([\\d.]+) pages=(\\d+) bytes=(\\d+) peak-heap-mb=(\\d+)");

    @Test
    void engine_against_plain_merge() throws Exception {
        for (String size : System.getProperty("benchmark.sizes", "100x3,500x4").split(",")) {
            int invoices = Integer.parseInt(size.split("x")[0]);
            int attachments = Integer.parseInt(size.split("x")[1]);
            Path work = Files.createTempDirectory("backup-benchmark");
            try {
                Path input = work.resolve("corpus");
                long started = System.nanoTime();
                int pages = new Corpus(42).generate(Files.createDirectories(input), invoices, attachments);
                long bytes;
                try (var files = Files.walk(input)) {
                    bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
                }
                System.out.printf("%nBACKUP BENCHMARK  corpus %d invoices x %d attachments: %d pages, %.0f MB, generated in %.1f s%n",
                        invoices, attachments, pages, bytes / 1048576.0, (System.nanoTime() - started) / 1e9);
                // alternate the two sides; medians even out the page cache and the JIT
                List<Double> plainSeconds = new ArrayList<>();
                List<Double> engineSeconds = new ArrayList<>();
                for (int round = 0; round < Integer.getInteger("benchmark.rounds", 5); round++) {
                    double[] plain = run("plain", input, work.resolve("plain.pdf"));
                    assertThat((int) plain[1]).isEqualTo(pages);
                    plainSeconds.add(plain[0]);
                    engineSeconds.add(run("engine", input, work.resolve("engine.pdf"))[0]);
                }
                double plain = median(plainSeconds);
                double engine = median(engineSeconds);
                System.out.printf("BACKUP BENCHMARK  medians: plain %.2f s, engine %.2f s, ratio engine / plain merge = %.2f%n",
                        plain, engine, engine / plain);
                System.out.println("BACKUP BENCHMARK  two backups of this corpus at once in one 256 MB heap:");
                run("twice", input, work.resolve("engine.pdf"));
            } finally {
                FileSystemUtils.deleteRecursively(work);
            }
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
