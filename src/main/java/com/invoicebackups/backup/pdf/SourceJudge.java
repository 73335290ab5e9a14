package com.invoicebackups.backup.pdf;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Judges one file exactly as a backup will treat it: the upload check and the compile preflight ask
 * this, so what they say about a file is what the backup then does with it.
 */
public final class SourceJudge {

    /** What a backup will do with a file. */
    public enum Outcome { MERGED, REPAIRED, IMAGE, LISTED, LEFT_OUT }

    /**
     * {@code reasonKey} is the message key the backup's manifest would print (null when merged as is);
     * {@code detail} its argument, if any.
     */
    public record Verdict(Outcome outcome, String reasonKey, String detail, String sha256, int pages,
                          Integer proofVersion) {
    }

    /** The version of the proof a verdict's {@code proofVersion} names; a stored proof of another version is redone. */
    public static final int PROOF_VERSION = PdfCheck.VERSION;

    private final Duration budget;

    public SourceJudge() {
        this(SourceOpener.DEFAULT_BUDGET);
    }

    public SourceJudge(Duration budget) {
        this.budget = budget;
    }

    public Verdict judge(Path file, String fileName) {
        try (SecondReader secondReader = new SecondReader()) {
            OpenedSource opened = new SourceOpener(budget, Runtime.getRuntime().maxMemory() / 6, secondReader)
                    .open(file, fileName);
            return switch (opened) {
                case OpenedSource.Pdf pdf -> {
                    pdf.close();
                    // a copy the second reader rebuilt is proven as that copy, not as the bytes that came in
                    yield new Verdict(pdf.repaired() ? Outcome.REPAIRED : Outcome.MERGED, pdf.repairKey(), null,
                            pdf.sha256(), pdf.pages(), pdf.temporary() == null ? PdfCheck.VERSION : null);
                }
                case OpenedSource.Image image -> new Verdict(Outcome.IMAGE, null, null, image.sha256(), 1, null);
                case OpenedSource.Listed listed -> new Verdict(Outcome.LISTED, listed.reasonKey(), null, listed.sha256(), 0,
                        null);
                case OpenedSource.LeftOut leftOut -> new Verdict(Outcome.LEFT_OUT, leftOut.reasonKey(), leftOut.detail(),
                        leftOut.sha256(), 0, null);
            };
        }
    }
}
