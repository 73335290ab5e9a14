package com.invoicebackups.invoicing;

import java.nio.file.Path;

/** A stored file the user may read, for download or to open in the browser. */
public record StoredFile(String fileName, String mediaType, long size, Path file) {
}
