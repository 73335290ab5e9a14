package com.invoicebackups.backup;

import com.invoicebackups.project.Project;
import com.invoicebackups.terminology.Dictionary;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * "Subcontractor invoice backup - {project name} - {project number} - {yyyy-MM-dd} - {HH.mm}.pdf", in the user's
 * words, at most {@link #MAX_LENGTH} characters: a long project name (then number) is cut short with an ellipsis,
 * the date, time and extension always stay.
 */
final class BackupFileName {

    /** Fits the backup's file_name column (300) and the 255-character name limit of common file systems. */
    static final int MAX_LENGTH = 255;

    private BackupFileName() {
    }

    static String of(BackupKind kind, Project project, Dictionary words, ZonedDateTime at) {
        String key = kind == BackupKind.OWNER ? "backup.owner-file-name" : "backup.file-name";
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(at);
        String time = DateTimeFormatter.ofPattern("HH.mm").format(at);
        String name = project.name();
        String number = project.number();
        String fileName = words.get(key, name, number, date, time);
        if (fileName.length() > MAX_LENGTH) {
            name = shortened(name, fileName.length() - MAX_LENGTH);
            fileName = words.get(key, name, number, date, time);
        }
        if (fileName.length() > MAX_LENGTH) {
            number = shortened(number, fileName.length() - MAX_LENGTH);
            fileName = words.get(key, name, number, date, time);
        }
        return fileName;
    }

    /** {@code text} with at least {@code excess} characters fewer, ending in an ellipsis, never splitting a character. */
    private static String shortened(String text, int excess) {
        int keep = Math.max(0, text.length() - excess - 1);
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + "\u2026";
    }
}
