package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BoundedText;
import com.invoicebackups.backup.pdf.SourceJudge;
import com.invoicebackups.backup.pdf.StatedAmount;
import com.invoicebackups.invoicing.FileInspection;
import com.invoicebackups.invoicing.FileJudge;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The backup engine's own judgement of a file, lent to uploads and the preflight. */
@Component
class EngineFileJudge implements FileJudge {

    private final SourceJudge judge = new SourceJudge();

    /** A file left out because it needs a password (or a certificate) to be read. */
    private static final Set<String> LOCKED = Set.of("backup.reason.password", "backup.reason.certificate");

    @Override
    public Verdict judge(Path file, String fileName) {
        SourceJudge.Verdict verdict = judge.judge(file, fileName);
        FileInspection inspection = switch (verdict.outcome()) {
            case MERGED -> FileInspection.PDF;
            case REPAIRED -> FileInspection.PDF_REPAIRED;
            case IMAGE -> FileInspection.IMAGE;
            case LISTED -> FileInspection.NOT_MERGEABLE;
            case LEFT_OUT -> LOCKED.contains(verdict.reasonKey()) ? FileInspection.PDF_ENCRYPTED : FileInspection.PDF_DAMAGED;
        };
        return new Verdict(inspection, verdict.reasonKey(), verdict.detail(), verdict.sha256(), verdict.proofVersion());
    }

    @Override
    public java.util.Optional<java.util.List<String>> text(Path file, int pages) {
        return BoundedText.firstPages(file, pages);
    }

    @Override
    public java.util.Optional<java.math.BigDecimal> statedAmountDue(Path file) {
        return StatedAmount.currentPaymentDue(file);
    }
}
