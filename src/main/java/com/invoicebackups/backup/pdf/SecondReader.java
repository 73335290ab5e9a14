package com.invoicebackups.backup.pdf;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * PDFBox as the second reader, in a child JVM started on first need and kept for the backup: a file
 * that makes the parser loop or exhaust its memory costs only that process, which is killed at the
 * file's deadline and started afresh for the next one. The backup's own threads never wait past it.
 */
public final class SecondReader implements AutoCloseable {

    /** What the second reader made of a file. */
    sealed interface Result {
        record Rebuilt(Path file, int pages) implements Result {
        }

        record Refused(String reasonKey, String detail) implements Result {
        }
    }

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
    private static final String APPLICATION = "com.invoicebackups.Application";
    public static final String COMMAND = "second-reader";

    private Process process;
    private Writer requests;
    private BufferedReader answers;
    private Path scratch;
    private long requestId;
    private boolean closed;

    /**
     * Each request carries a number its answer repeats: an answer that does not match (a line the JVM
     * printed, a late answer) ends the child rather than being taken for another file's.
     */
    synchronized Result rebuild(Path file, long timeoutMillis) {
        String path = file.toAbsolutePath().toString();
        if (closed || path.contains("\n") || path.contains("\r")) {
            return new Result.Refused("backup.reason.unreadable", "");
        }
        try {
            if (process == null || !process.isAlive()) {
                start();
            }
            long id = ++requestId;
            requests.write(id + "\t" + path + "\n");
            requests.flush();
            BufferedReader reader = answers;
            String answer = CompletableFuture.supplyAsync(() -> readLine(reader), Thread::startVirtualThread)
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
            String[] parts = answer == null ? new String[0] : answer.split(" ", 4);
            if (parts.length < 3 || !parts[0].equals(String.valueOf(id))) {
                stop();
                return new Result.Refused("backup.reason.damaged", "");
            }
            if (parts[1].equals("OK") && parts.length == 4) {
                return new Result.Rebuilt(Path.of(parts[3]), Integer.parseInt(parts[2]));
            }
            return new Result.Refused(parts[2], parts.length > 3 ? parts[3] : "");
        } catch (TimeoutException e) {
            stop();
            return new Result.Refused("backup.reason.too-slow", "");
        } catch (IOException | ExecutionException | RuntimeException e) {
            stop();
            return new Result.Refused("backup.reason.damaged", String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            return new Result.Refused("backup.reason.too-slow", "");
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private void start() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("second-reader-");
        }
        ProcessBuilder builder = new ProcessBuilder(command(scratch)).redirectError(ProcessBuilder.Redirect.DISCARD);
        process = builder.start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The same Java and class path as this process; from the application's jar, through its launcher. */
    static List<String> command(Path scratch) {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+DisplayVMOutputToStderr",
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + scratch, "-cp", classPath));
        command.add(isApplicationJar(classPath) ? BOOT_LAUNCHER : APPLICATION);
        command.add(COMMAND);
        return command;
    }

    private static boolean isApplicationJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }

    /** Ends the child (letting an idle one finish) and removes everything it wrote. */
    @Override
    public synchronized void close() {
        closed = true;
        if (process != null) {
            try {
                requests.close();
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (IOException e) {
                // the child is ended below in any case
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
        if (scratch != null) {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(SecondReader::delete);
            } catch (IOException | UncheckedIOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
