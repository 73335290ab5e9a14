package com.invoicebackups.audit;

import com.invoicebackups.security.CurrentUser;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit records the screen shows, as a CSV file; the trail checks who may read which. */
@RestController
class AuditExportController {

    private final AuditTrail trail;
    private final CurrentUser currentUser;

    AuditExportController(AuditTrail trail, CurrentUser currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "user", required = false) Long actorId,
            @RequestParam(name = "kind", required = false) AuditQuery.Kind kind) {
        long userId = currentUser.id();
        AuditQuery query = new AuditQuery(text, from, to, actorId, kind);
        // refused before anything is sent, so that a refusal is an error page and not half a file
        trail.newest(userId, query, 0, 1);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-trail-" + LocalDate.now() + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out -> trail.exportCsv(userId, query, out));
    }
}
