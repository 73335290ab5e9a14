package com.invoicebackups.backup;

import com.invoicebackups.backup.pdf.BoundedText;
import com.invoicebackups.backup.pdf.SourceJudge;
import com.invoicebackups.backup.pdf.StatedAmount;
import com.invoicebackups.invoicing.FileJudge;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The backup engine's own judgement of a file, lent to uploads and the preflight. */
@Component
class EngineFileJudge implements FileJudge {

    private final SourceJudge judge = new SourceJudge();

    @Override
    public Verdict judge(Path file, String fileName) {
        SourceJudge.Verdict verdict = judge.judge(file, fileName);
        return new Verdict(Outcome.valueOf(verdict.outcome().name()), verdict.reasonKey(), verdict.detail(),
                verdict.sha256(), verdict.proofVersion());
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
