package com.invoicebackups.backup;

import com.invoicebackups.security.CurrentUser;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves finished backups. Permission is checked on every request; whoever may not have the file gets
 * a bare 404, the same as for a backup that does not exist, so a guessed or shared link reveals
 * nothing. The file is streamed, and Spring answers Range requests with partial content; the whole of a backup in
 * volumes is a ZIP of them made as it is sent, without ranges.
 */
@RestController
class BackupDownloadController {

    private final BackupService backups;
    private final CurrentUser currentUser;

    BackupDownloadController(BackupService backups, CurrentUser currentUser) {
        this.backups = backups;
        this.currentUser = currentUser;
    }

    @GetMapping("/backups/{id}/download")
    ResponseEntity<Resource> download(@PathVariable("id") long id) {
        return served(backups.download(currentUser.id(), id));
    }

    @GetMapping("/backups/{id}/volumes/{number}/download")
    ResponseEntity<Resource> volume(@PathVariable("id") long id, @PathVariable("number") int number) {
        return served(backups.download(currentUser.id(), id, number));
    }

    private static ResponseEntity<Resource> served(java.util.Optional<BackupService.Download> file) {
        return file.map(download -> DownloadResponse.ok(download)
                        .header(HttpHeaders.ACCEPT_RANGES, download.ranged() ? "bytes" : "none")
                        .body(download.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
