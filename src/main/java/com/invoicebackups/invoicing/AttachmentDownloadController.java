package com.invoicebackups.invoicing;

import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.shared.NotFound;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves an attachment to who may see its invoice, as a download or, with {@code inline}, to open in the
 * browser (PDFs and images only; anything else is always a download, so no uploaded file runs as a page).
 */
@RestController
class AttachmentDownloadController {

    private final AttachmentService attachments;
    private final CurrentUser currentUser;

    AttachmentDownloadController(AttachmentService attachments, CurrentUser currentUser) {
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    /** The file name after the id is only for the browser, which titles a tab with it; the id decides. */
    @GetMapping({"/attachments/{id}", "/attachments/{id}/{name}"})
    ResponseEntity<Resource> file(@PathVariable("id") long id,
                                  @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
        StoredFile file;
        try {
            file = attachments.file(currentUser.id(), id);
        } catch (NotFound | AccessDeniedException e) {
            return ResponseEntity.notFound().build();
        }
        boolean viewable = file.mediaType().equals("application/pdf") || file.mediaType().startsWith("image/");
        ContentDisposition disposition = (inline && viewable ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(viewable ? MediaType.parseMediaType(file.mediaType()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .body(file.content());
    }
}
