package com.invoicebackups.backup.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source whose reader never returns, in this process or in the second reader's, holds up nothing else. */
class StuckSourceTest {

    @TempDir
    Path folder;

    @Test
    void a_reader_that_ignores_interruption_is_abandoned_and_the_next_sources_still_open() throws IOException {
        Path good = Files.write(folder.resolve("good.pdf"), TestFiles.pdf("good", 1));
        Path stuck = Files.write(folder.resolve("stuck.pdf"), TestFiles.pdf("stuck", 1));
        AtomicBoolean release = new AtomicBoolean();
        SourceOpener real = new SourceOpener(Duration.ofSeconds(5), Long.MAX_VALUE, new SecondReader());
        SourcePrefetcher.Opener opener = (path, name, proven) -> {
            while (name.equals("stuck.pdf") && !release.get()) {
                Thread.onSpinWait();
            }
            return real.open(path, name, proven);
        };
        List<BackupRequest.Source> sources = List.of(new BackupRequest.Source("stuck.pdf", null, stuck),
                new BackupRequest.Source("good.pdf", null, good), new BackupRequest.Source("good.pdf", null, good));
        try (SourcePrefetcher prefetcher = new SourcePrefetcher(sources, opener, Duration.ofMillis(200))) {
            long started = System.nanoTime();
            OpenedSource first = prefetcher.next();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(first).isInstanceOfSatisfying(OpenedSource.LeftOut.class,
                    leftOut -> assertThat(leftOut.reasonKey()).isEqualTo("backup.reason.too-slow"));
            for (int i = 0; i < 2; i++) {
                assertThat(prefetcher.next()).isInstanceOfSatisfying(OpenedSource.Pdf.class, pdf -> {
                    assertThat(pdf.pages()).isEqualTo(1);
                    pdf.close();
                });
            }
        } finally {
            release.set(true);
        }
    }

    @Test
    void the_second_reader_is_killed_at_the_deadline_and_started_afresh_for_the_next_file() throws IOException {
        byte[] whole = TestFiles.pdf("cut", 2);
        Path damaged = Files.write(folder.resolve("cut.pdf"), java.util.Arrays.copyOf(whole, whole.length - 40));
        try (SecondReader reader = new SecondReader()) {
            assertThat(reader.rebuild(damaged, 1)).isInstanceOfSatisfying(SecondReader.Result.Refused.class,
                    refused -> assertThat(refused.reasonKey()).isEqualTo("backup.reason.too-slow"));
            assertThat(reader.rebuild(damaged, 60_000)).isInstanceOfSatisfying(SecondReader.Result.Rebuilt.class, rebuilt -> {
                assertThat(rebuilt.pages()).isEqualTo(2);
                SecondReader.delete(rebuilt.file());
            });
        }
    }
}
