package com.invoicebackups.shared;

/** A value that a message writes in the reader's formats, such as a billing period with its dates. */
public interface Localizable {

    String in(Formats formats);
}
