package com.invoicebackups.backup.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a backup as numbered volumes, each a complete PDF below a size cap, with its own cover, contents and
 * manifest and "Volume 2 of 3" in its stamps. Invoices are packed in order by the size of their files; an
 * invoice is never split, so one that alone exceeds the cap gets a volume of its own, larger than the cap. A
 * volume that comes out larger than planned (its own pages, a seal) is split in two and the volumes are written
 * again, since each names the count of them all. Everything fits in one volume: one ordinary backup.
 */
public final class VolumeCompiler {

    /** The pages a volume adds to its files: cover, reconciliation, contents, manifest, a seal. */
    static final long FRONT_MATTER_BYTES = 160 * 1024;
    private static final long BYTES_PER_DOCUMENT = 2 * 1024;
    private static final int MAX_ROUNDS = 8;

    /** One written volume: its file in the work folder, its pages and size. */
    public record Volume(Path file, int pages, long bytes) {
    }

    /** The backup as a whole (pages, warnings, manifest and snapshot of all volumes) and its volumes in order. */
    public record Outcome(BackupResult result, List<Volume> volumes) {
    }

    private final BackupEngine engine;

    public VolumeCompiler(BackupEngine engine) {
        this.engine = engine;
    }

    /** Writes the volumes into {@code folder} as volume-1.pdf, volume-2.pdf, ... */
    public Outcome compile(BackupRequest request, long maxBytes, Path folder, BackupEngine.Progress progress) {
        List<List<BackupRequest.Invoice>> groups = pack(request.invoices(), maxBytes);
        for (int round = 1; ; round++) {
            List<Volume> volumes = new ArrayList<>();
            List<BackupResult> results = new ArrayList<>();
            PackageSnapshot carried = new PackageSnapshot(List.of());
            int done = 0;
            int oversized = -1;
            for (int i = 0; i < groups.size(); i++) {
                List<BackupRequest.Invoice> group = groups.get(i);
                BackupRequest part = groups.size() == 1 ? request
                        : request.asVolume(new BackupRequest.Volume(i + 1, groups.size(), carried), group);
                Path file = folder.resolve("volume-" + (i + 1) + ".pdf");
                BackupResult result = write(part, file, offset(progress, done, request.invoices().size()));
                done += group.size();
                carried = result.snapshot();
                long bytes = size(file);
                volumes.add(new Volume(file, result.pages(), bytes));
                results.add(result);
                if (bytes > maxBytes && group.size() > 1 && round < MAX_ROUNDS) {
                    oversized = i;
                    break;
                }
            }
            if (oversized < 0) {
                progress.invoice(request.invoices().size(), request.invoices().size(), "");
                return new Outcome(merged(results), volumes);
            }
            List<BackupRequest.Invoice> tooLarge = groups.remove(oversized);
            int half = tooLarge.size() / 2;
            groups.add(oversized, new ArrayList<>(tooLarge.subList(half, tooLarge.size())));
            groups.add(oversized, new ArrayList<>(tooLarge.subList(0, half)));
            volumes.forEach(volume -> volume.file().toFile().delete());
        }
    }

    /** Invoices in order, a new volume whenever the next one would take the planned size over the cap. */
    static List<List<BackupRequest.Invoice>> pack(List<BackupRequest.Invoice> invoices, long maxBytes) {
        List<List<BackupRequest.Invoice>> groups = new ArrayList<>();
        List<BackupRequest.Invoice> group = new ArrayList<>();
        long planned = FRONT_MATTER_BYTES;
        for (BackupRequest.Invoice invoice : invoices) {
            long size = estimate(invoice);
            if (!group.isEmpty() && planned + size > maxBytes) {
                groups.add(group);
                group = new ArrayList<>();
                planned = FRONT_MATTER_BYTES;
            }
            group.add(invoice);
            planned += size;
        }
        if (!group.isEmpty() || groups.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** A copied page takes about the bytes it had in its file; every file is counted, whatever the options. */
    private static long estimate(BackupRequest.Invoice invoice) {
        List<BackupRequest.Source> sources = new ArrayList<>(invoice.attachments());
        if (invoice.document() != null) {
            sources.add(invoice.document());
        }
        return sources.stream().mapToLong(source -> source.content().size() + BYTES_PER_DOCUMENT).sum();
    }

    private BackupResult write(BackupRequest part, Path file, BackupEngine.Progress progress) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return engine.compile(part, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole backup: failed only when no volume merged anything. */
    private static BackupResult merged(List<BackupResult> results) {
        if (results.size() == 1) {
            return results.getFirst();
        }
        boolean failed = results.stream().allMatch(result -> result.status() == BackupResult.Status.FAILED);
        List<String> warnings = new ArrayList<>();
        List<BackupResult.ManifestEntry> manifest = new ArrayList<>();
        results.forEach(result -> {
            warnings.addAll(result.warnings());
            manifest.addAll(result.manifest());
        });
        BackupResult last = results.getLast();
        BackupResult.Status status = failed ? BackupResult.Status.FAILED : warnings.isEmpty()
                ? BackupResult.Status.SUCCEEDED : BackupResult.Status.SUCCEEDED_WITH_WARNINGS;
        return new BackupResult(status, results.stream().mapToInt(BackupResult::pages).sum(), List.copyOf(warnings),
                List.copyOf(manifest), last.snapshot(), last.changes(), null);
    }

    /** Progress over all volumes: the engine counts the invoices of its own volume. */
    private static BackupEngine.Progress offset(BackupEngine.Progress progress, int before, int total) {
        return (index, count, label) -> {
            if (index < count) {
                progress.invoice(before + index, total, label);
            }
        };
    }

    private static long size(Path file) {
        try {
            return file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
