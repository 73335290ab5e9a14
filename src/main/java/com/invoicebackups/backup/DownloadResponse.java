package com.invoicebackups.backup;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a backup's file is sent, to its requester or through a delivery link: as an attachment under its file name. */
final class DownloadResponse {

    private DownloadResponse() {
    }

    /** The answer's start: a PDF, or a ZIP of a backup's volumes, to be saved under the file's name. */
    static ResponseEntity.BodyBuilder ok(BackupService.Download download) {
        return ResponseEntity.ok()
                .contentType(download.fileName().endsWith(".zip") ? MediaType.parseMediaType("application/zip")
                        : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString());
    }
}
