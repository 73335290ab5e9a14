package com.invoicebackups.backup;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.terminology.Dictionaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.CacheControl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The invoice document as a backup would show it, opened in the browser: the signed PDF once the
 * signature is COMPLETED, otherwise the G702/G703 rendered now in the user's words. Who may not see the
 * invoice gets a bare 404.
 */
@RestController
class InvoiceDocumentController {

    private final InvoiceDocumentPreview preview;
    private final CurrentUser currentUser;
    private final CompanyService companies;
    private final Dictionaries dictionaries;

    InvoiceDocumentController(InvoiceDocumentPreview preview, CurrentUser currentUser, CompanyService companies,
                              Dictionaries dictionaries) {
        this.preview = preview;
        this.currentUser = currentUser;
        this.companies = companies;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/invoices/{id}/document")
    ResponseEntity<StreamingResponseBody> subcontractorInvoice(@PathVariable("id") long id) throws IOException {
        return document(InvoiceRef.subcontractor(id));
    }

    @GetMapping("/owner-invoices/{id}/document")
    ResponseEntity<StreamingResponseBody> ownerInvoice(@PathVariable("id") long id) throws IOException {
        return document(InvoiceRef.owner(id));
    }

    private ResponseEntity<StreamingResponseBody> document(InvoiceRef ref) throws IOException {
        long userId = currentUser.id();
        Path folder = Files.createTempDirectory("preview");
        Path document;
        try {
            document = preview.document(userId, ref,
                    dictionaries.named(companies.user(userId).dictionary()), folder);
        } catch (NotFound | AccessDeniedException e) {
            FileSystemUtils.deleteRecursively(folder);
            return ResponseEntity.notFound().build();
        }
        StreamingResponseBody body = out -> {
            try {
                Files.copy(document, out);
            } finally {
                FileSystemUtils.deleteRecursively(folder);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
