package com.invoicebackups.backup;

import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages behind delivery links, for recipients without an account, in the owner's words. A token that does not
 * exist answers exactly as an expired or revoked one, with 404, so trying tokens tells nothing; the page says whom to
 * ask without naming anyone. Pages are neither cached nor sent as a referrer, so the link does not travel on.
 */
@RestController
class DeliveryController {

    private final BackupDeliveries deliveries;
    private final DeliveryRateLimit rateLimit;
    private final Dictionary words;

    DeliveryController(BackupDeliveries deliveries, DeliveryRateLimit rateLimit, Dictionaries dictionaries) {
        this.deliveries = deliveries;
        this.rateLimit = rateLimit;
        this.words = dictionaries.named("owner");
    }

    @GetMapping("/delivery/{token}")
    ResponseEntity<String> page(@PathVariable("token") String token, HttpServletRequest request) {
        if (!rateLimit.allow(request.getRemoteAddr())) {
            return page(HttpStatus.TOO_MANY_REQUESTS, words.get("delivery.page.busy.title"),
                    "<p>" + escape(words.get("delivery.page.busy")) + "</p>");
        }
        return deliveries.open(token).map(delivered -> {
            StringBuilder body = new StringBuilder("<p>" + escape(words.get("delivery.page.intro")) + "</p><ul>");
            for (int number = 1; number <= delivered.files().size(); number++) {
                body.append("<li><a class=\"delivery-file\" href=\"").append(escape(token)).append('/').append(number)
                        .append("\">").append(escape(delivered.files().get(number - 1))).append("</a></li>");
            }
            body.append("</ul>");
            if (delivered.zip()) {
                body.append("<p><a class=\"delivery-zip\" href=\"").append(escape(token)).append("/all\">")
                        .append(escape(words.get("delivery.page.zip"))).append("</a></p>");
            }
            return page(HttpStatus.OK, delivered.title(), body.toString());
        }).orElseGet(this::gone);
    }

    @GetMapping("/delivery/{token}/{number:\\d+}")
    ResponseEntity<?> file(@PathVariable("token") String token, @PathVariable("number") int number,
                           HttpServletRequest request) {
        return served(token, number, request);
    }

    @GetMapping("/delivery/{token}/all")
    ResponseEntity<?> zip(@PathVariable("token") String token, HttpServletRequest request) {
        return served(token, 0, request);
    }

    private ResponseEntity<?> served(String token, int number, HttpServletRequest request) {
        if (!rateLimit.allow(request.getRemoteAddr())) {
            return page(HttpStatus.TOO_MANY_REQUESTS, words.get("delivery.page.busy.title"),
                    "<p>" + escape(words.get("delivery.page.busy")) + "</p>");
        }
        Optional<BackupService.Download> file = deliveries.download(token, number, request.getRemoteAddr());
        if (file.isEmpty()) {
            return gone();
        }
        BackupService.Download download = file.get();
        return DownloadResponse.ok(download)
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body((Resource) download.content());
    }

    /** Unknown, expired and revoked alike. */
    private ResponseEntity<String> gone() {
        return page(HttpStatus.NOT_FOUND, words.get("delivery.page.gone.title"),
                "<p class=\"delivery-gone\">" + escape(words.get("delivery.page.gone")) + "</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;"
                + "line-height:1.5;color:#1a1a1a}a{color:#0b57d0}li{margin:.4em 0}</style></head><body>"
                + "<h1>" + escape(title) + "</h1>" + body + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .body(html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
