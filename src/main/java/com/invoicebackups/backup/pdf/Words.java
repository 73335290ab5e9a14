package com.invoicebackups.backup.pdf;

import com.invoicebackups.shared.Formats;

/** The words a package is written in: its messages by key, and the formats of its amounts, dates and numbers. */
public interface Words {

    /** The message of {@code key} with its arguments written in; an unknown key is shown as {@code !key!}. */
    String get(String key, Object... arguments);

    Formats formats();
}
