package com.invoicebackups.backup.pdf;

import java.util.List;

/**
 * What came of a compile: the status, the warnings a user should read, every source file's fate, what the package
 * held, and its changes since an earlier package (null when there was none).
 */
public record BackupResult(Status status, int pages, List<String> warnings, List<ManifestEntry> manifest,
                           PackageSnapshot snapshot, PackageChanges changes, Layout layout) {

    /**
     * Where things are in the file: the pages before the first document (cover, reconciliation, contents), each
     * request invoice's pages in request order (null for one that merged nothing), and the first page after the
     * documents (changes, manifest).
     */
    public record Layout(int frontPages, List<PageRange> invoices, int backStart) {
    }

    public record PageRange(int first, int last) {
    }

    public enum Status { SUCCEEDED, SUCCEEDED_WITH_WARNINGS, FAILED }

    /**
     * A source file: merged (maybe after repair) or left out, with its SHA-256 and page count. {@code reason} is in
     * the reader's words; {@code detail} is what the PDF library said, for the log, never for the page.
     */
    public record ManifestEntry(String invoice, String file, String sha256, int pages, Fate fate, String reason,
                                String detail) {
    }

    /** {@code OMITTED}: left out by the requester in the package editor. */
    public enum Fate { MERGED, REPAIRED, LISTED, LEFT_OUT, OMITTED }
}
