package com.invoicebackups.invoicing;

import com.invoicebackups.shared.ByteSizes;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.UploadRefusals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every uploaded file is hostile until judged. Refused outright: a bad name, an empty file, one over the
 * size limit, and content that is not what the name says. Anything else is accepted with what the backup
 * will do with it (merge, repair, list, leave out), as the backup engine itself judges it.
 */
@Component
@EnableConfigurationProperties(UploadSettings.class)
class UploadCheck {

    /** A file that passed, with the engine's verdict on it. */
    record CheckedFile(String fileName, String mediaType, long size, String sha256, FileInspection inspection,
                       String verdictKey, String verdictDetail, Integer proofVersion) {
    }

    private static final Set<String> REFUSED_VERDICTS = Set.of("backup.reason.empty", "backup.reason.mismatch",
            "backup.reason.unreadable");

    private final FileJudge judge;
    private final long maxBytes;

    UploadCheck(FileJudge judge, UploadSettings settings) {
        this.judge = judge;
        this.maxBytes = settings.maxBytes();
    }

    /** See {@link FileJudge#statedAmountDue}. */
    java.util.Optional<java.math.BigDecimal> statedAmountDue(Path file) {
        return judge.statedAmountDue(file);
    }

    long maxBytes() {
        return maxBytes;
    }

    CheckedFile check(String fileName, Path file) {
        try {
            return judged(fileName, file);
        } catch (RuleViolation refused) {
            UploadRefusals.count(refused.messageKey());
            throw refused;
        }
    }

    private CheckedFile judged(String fileName, Path file) {
        String name = validName(fileName);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw new RuleViolation("attachment.error.empty", name);
        }
        if (size > maxBytes) {
            throw new RuleViolation("attachment.error.too-large", name, ByteSizes.megabytes(maxBytes));
        }
        FileJudge.Verdict verdict = judge.judge(file, name);
        if (!verdict.inspection().mergeable() && REFUSED_VERDICTS.contains(verdict.reasonKey())) {
            throw new RuleViolation(verdict.reasonKey().equals("backup.reason.empty") ? "attachment.error.empty"
                    : "attachment.error.mismatch", name);
        }
        FileInspection inspection = verdict.inspection();
        String mediaType = switch (inspection) {
            case PDF, PDF_REPAIRED, PDF_ENCRYPTED -> "application/pdf";
            // a PDF is one by its content; anything else is what its name says, as the file's own program would open it
            default -> MediaTypeFactory.getMediaType(name).map(MediaType::toString).orElse("application/octet-stream");
        };
        String detail = verdict.detail() == null ? null : verdict.detail().substring(0, Math.min(200, verdict.detail().length()));
        return new CheckedFile(name, mediaType, size, verdict.sha256(), inspection, verdict.reasonKey(), detail,
                verdict.proofVersion());
    }

    /** Names end up in file systems, headers and PDFs: no control characters, no paths, not absurdly long. */
    static String validName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("attachment.error.name");
        }
        return name;
    }
}
