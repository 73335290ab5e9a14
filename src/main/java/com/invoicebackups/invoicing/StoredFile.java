package com.invoicebackups.invoicing;

import org.springframework.core.io.Resource;

/** A stored file the user may read, for download or to open in the browser. */
public record StoredFile(String fileName, String mediaType, long size, Resource content) {
}
