package com.invoicebackups.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One volume of a backup written in several: its document, size and pages. */
@Embeddable
public record VolumeFile(@Column(name = "document_key", nullable = false) String documentKey,
                         @Column(name = "size_bytes", nullable = false) long sizeBytes,
                         @Column(name = "page_count", nullable = false) int pageCount) {
}
