package com.invoicebackups.backup;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import org.springframework.stereotype.Component;

/** The words and formats a backup is written in: those its requester had when asking for it, kept on the backup. */
@Component
class BackupWords {

    private final Dictionaries dictionaries;

    BackupWords(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    Dictionary of(BackupEntity backup) {
        return dictionaries.named(backup.getDictionary()).withFormats(Formats.of(backup.getFormatLocale()));
    }
}
