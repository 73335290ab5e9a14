package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.TestFiles;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.project.ProjectService;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A month's invoice comes in through the product, in headless Chromium: the subcontractor's invoice contact
 * starts the invoice, bills work, drops in a lien waiver, a receipt and a text file posing as a PDF (refused
 * beside it), puts the receipt first and submits; the administrator approves, compiles and finds both files
 * in the backup, in that order, right after the invoice document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class InvoiceWorkspaceBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    AttachmentService attachmentService;
    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port, "1500,1200");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_contact_brings_an_invoice_in_and_the_administrator_approves_and_compiles_it() throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        signIn("sub");
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        browser.click("vaadin-button.new-invoice");
        browser.click("vaadin-button.new-invoice-create");
        browser.wait.until(driver -> browser.driver.getCurrentUrl().matches(".*/invoices/\\d+"));
        String invoiceUrl = browser.driver.getCurrentUrl();
        browser.waitForText(".invoice-status", "Draft");

        // bill work on the first line; the G702 follows as typed (10 % retainage held)
        WebElement thisPeriod = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-text-field.line-this-period[data-item='1'] input")));
        thisPeriod.clear();
        thisPeriod.sendKeys("1000\t");
        browser.waitForText(".g702-line[data-line='8']", "$900.00");
        browser.click("vaadin-button.invoice-save");
        browser.waitForText("vaadin-notification-card", "Invoice saved");

        drop("Conditional waiver SC-2.pdf", "application/pdf", TestFiles.pdf("CONDITIONAL WAIVER FOR SC-2", 1));
        browser.waitForText(".attachment-grid", "Conditional waiver SC-2.pdf");
        drop("Lumber receipt.jpg", "image/jpeg", TestFiles.jpeg(400, 300));
        browser.waitForText(".attachment-grid", "Lumber receipt.jpg");
        drop("Notes.pdf", "application/pdf", "just some notes, not a PDF".getBytes(StandardCharsets.UTF_8));
        browser.waitForText(".upload-refusals", "Notes.pdf: The content of Notes.pdf is not what its name says.");

        // the receipt goes first; that is the order in every backup
        assertThat(attachmentNames()).containsExactly("Conditional waiver SC-2.pdf", "Lumber receipt.jpg");
        browser.script("document.querySelectorAll('.attachment-grid vaadin-button.move-up')[1].click()");
        browser.wait.until(driver -> attachmentNames().equals(List.of("Lumber receipt.jpg", "Conditional waiver SC-2.pdf")));

        String receipt = browser.driver.findElement(By.cssSelector(".attachment-grid a.attachment-name")).getAttribute("href");
        HttpResponse<byte[]> opened = fetch(receipt);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(opened.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("inline").contains("Lumber receipt.jpg"));
        assertThat(opened.body()).isEqualTo(TestFiles.jpeg(400, 300));

        browser.click("vaadin-button.action-submit");
        browser.waitForText(".invoice-status", "Under review");
        browser.signOut();

        signIn("admin");
        browser.driver.get(invoiceUrl);
        browser.waitForText(".invoice-status", "Under review");
        browser.click("vaadin-button.action-approve");
        browser.waitForText(".invoice-status", "Approved");
        browser.waitForText(".invoice-history", "Status: Under review to Approved");
        String number = browser.driver.findElement(By.cssSelector(".invoice-title")).getText().replace("Invoice ", "");

        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        WebElement search = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invoice-search input")));
        search.sendKeys(number);
        browser.wait.until(driver -> browser.script("const links = [...document.querySelectorAll('vaadin-grid.invoice-grid a.invoice-link')]"
                + ".filter(a => a.offsetHeight > 0).map(a => a.textContent.trim());"
                + "return links.length === 1 && links[0] === arguments[0];", number));
        browser.script("[...document.querySelectorAll('vaadin-button')].find(b => b.textContent.includes('Select all matching')).click()");
        browser.wait.until(driver -> browser.script("return [...document.querySelectorAll('vaadin-button')]"
                + ".some(b => b.textContent.includes('Compile Invoice Backups') && !b.hasAttribute('disabled'))"));
        // alerts of the administrator's earlier backups may still show: wait for this backup's own link
        Object earlier = browser.script("return [...document.querySelectorAll('a.backup-download')].map(a => a.href)");
        browser.script("[...document.querySelectorAll('vaadin-button')].find(b => b.textContent.includes('Compile Invoice Backups')).click()");
        browser.wait.until(driver -> browser.script("const b = [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Compile');"
                + "if (b) { b.click(); return true; } return false;"));
        String href = (String) browser.wait.until(driver -> browser.script("return [...document.querySelectorAll('a.backup-download')]"
                + ".map(a => a.href).find(href => !arguments[0].includes(href)) || null", earlier));

        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(response.body())))) {
            PdfOutline invoice = pdf.getOutlines(false).getAllChildren().getFirst().getAllChildren().getFirst();
            assertThat(invoice.getTitle()).contains(number);
            assertThat(invoice.getAllChildren()).extracting(PdfOutline::getTitle)
                    .containsExactly("Invoice document", "Lumber receipt.jpg", "Conditional waiver SC-2.pdf");
        }

        // the backup is listed on the invoice and on the Backups tab, rendered in the browser
        browser.driver.get(invoiceUrl);
        browser.waitForVisibleCell("vaadin-grid.backup-history", "Succeeded");
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        browser.wait.until(driver -> browser.script("const tab = [...document.querySelectorAll('vaadin-tab')]"
                + ".find(t => t.textContent.trim() === 'Backups'); if (tab) { tab.click(); } return !!tab;"));
        browser.waitForVisibleCell("vaadin-grid.backup-history", "Succeeded");
    }

    @Test
    void the_administrator_decides_in_bulk_sends_back_with_a_reason_and_records_a_signature()
            throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        signIn("admin");

        // SC-8: approving all moves those waiting for a decision and explains the others
        List<String> sc8 = statuses(projectId, "SC-8");
        int waiting = (int) sc8.stream()
                .filter(Set.of("UNDER_REVIEW", "PENDING_OWNER_APPROVAL", "APPROVED_AS_NOTED")::contains).count();
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        search("SC-8", "8-");
        browser.clickButton("Select all matching");
        browser.click("vaadin-button.bulk-status");
        choose("vaadin-combo-box.bulk-status-value", "Approved");
        browser.click("vaadin-button.bulk-status-apply");
        browser.waitForText(".bulk-status-summary", moved(waiting, sc8.size() - waiting));
        browser.waitForText("vaadin-dialog-overlay, .bulk-status-dialog", "The invoice already has that status.");
        browser.clickButton("Close");

        // SC-10's latest, opened from the grid's link, goes back with a reason; back returns to the same search
        search("10-06", "10-06");
        browser.wait.until(driver -> browser.script("const a = [...document.querySelectorAll('vaadin-grid.invoice-grid a.invoice-link')]"
                + ".find(a => a.offsetHeight > 0 && a.textContent.trim() === '10-06'); if (a) { a.click(); } return !!a;"));
        browser.waitForText(".invoice-status", "Pending owner approval");
        browser.click("vaadin-button.action-revise");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area.review-note textarea")))
                .sendKeys("Attach the unconditional waiver for last month.\t");
        browser.click("vaadin-button.review-confirm");
        browser.waitForText(".invoice-status", "Revise and resubmit");
        browser.waitForText(".invoice-review-note", "Attach the unconditional waiver for last month.");
        browser.driver.navigate().back();
        browser.wait.until(driver -> browser.script("const f = document.querySelector('vaadin-text-field.invoice-search');"
                + "return !!f && f.value === '10-06';"));

        // SC-3's latest is out for signature: the signed PDF is recorded and replaces the rendered invoice
        search("3-04", "3-04");
        browser.wait.until(driver -> browser.script("const a = [...document.querySelectorAll('vaadin-grid.invoice-grid a.invoice-link')]"
                + ".find(a => a.offsetHeight > 0 && a.textContent.trim() === '3-04'); if (a) { a.click(); } return !!a;"));
        browser.waitForText(".invoice-header", "Sent");
        browser.click("vaadin-button.action-record-signature");
        browser.drop("vaadin-upload.signed-upload", "Signed 3-04.pdf", "application/pdf",
                TestFiles.pdf("SIGNED BY GRANITE AND KEYSTONE", 1));
        browser.waitForText(".invoice-header", "Signed");
        browser.waitForText(".invoice-history", "Signature: Sent to Signed");
        String preview = browser.driver.findElement(By.cssSelector("a.invoice-preview")).getAttribute("href");
        assertThat(new String(get(preview), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(get(preview))))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getFirstPage()))
                    .contains("SIGNED BY GRANITE AND KEYSTONE");
        }
    }

    @Test
    void a_refused_amount_reads_in_full_beside_its_cell_save_says_why_and_documents_open_and_go_into_history()
            throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        signIn("admin");
        String invoice = "projects/" + projectId + "/invoices/" + invoiceId("7-06");
        browser.open(invoice);

        for (String size : List.of("1500,1200", "1024,800")) {
            resize(browser, size);
            browser.open(invoice);
            type("vaadin-text-field.line-this-period[data-item='1'] input", "99999999");
            browser.wait.until(driver -> browser.script("return !!document.querySelector("
                    + "\"vaadin-text-field.line-this-period[data-item='1'][invalid]\")"));
            browser.screenshot("g703-beyond-" + size.substring(0, size.indexOf(',')));
            assertThat(browser.script("return document.querySelector(\"vaadin-text-field.line-stored[data-item='1']\")"
                    + ".hasAttribute('invalid')")).isEqualTo(false);
            assertThat(readableError("vaadin-text-field.line-this-period[data-item='1']"))
                    .isEqualTo("This would bill beyond the scheduled value.");
            type("vaadin-text-field.line-stored[data-item='2'] input", "abc");
            browser.wait.until(driver -> browser.script("return !!document.querySelector("
                    + "\"vaadin-text-field.line-stored[data-item='2'][invalid]\")"));
            assertThat(readableError("vaadin-text-field.line-stored[data-item='2']"))
                    .isEqualTo("Type an amount, such as 1250.00.");
            browser.click("vaadin-button.invoice-save");
            browser.waitForText(".invoice-save-problem",
                    "One cell holds no amount (type one such as 1250.00, or 0); nothing was saved.");
            browser.script("document.querySelector(\"vaadin-text-field.line-stored[data-item='2']\")"
                    + ".scrollIntoView({block: 'center'})");
            browser.screenshot("g703-refusals-" + size.substring(0, size.indexOf(',')));
        }

        // a document dropped and removed is in the history with who did it; one opened in a tab has its name as title
        resize(browser, "1500,1200");
        browser.open(invoice);
        drop("History proof.pdf", "application/pdf", TestFiles.pdf("HISTORY PROOF", 1));
        browser.waitForText(".attachment-grid", "History proof.pdf");
        browser.wait.until(driver -> browser.script("const a = [...document.querySelectorAll('.attachment-grid a[download]')]"
                + ".find(a => a.href.endsWith('/History%20proof.pdf'));"
                + "const b = a && a.parentElement.querySelector('vaadin-button.attachment-remove');"
                + "if (b) { b.click(); return true; } return false;"));
        browser.wait.until(driver -> !attachmentNames().contains("History proof.pdf"));
        // without a reload: the history follows each change of the documents as it happens
        browser.waitForText(".invoice-history .history-document-removed", "Document removed: History proof.pdf");
        browser.waitForText(".invoice-history .history-document-added", "Document added: History proof.pdf");
        browser.waitForText(".invoice-history .history-document-removed", "Dana Whitfield");
        type("vaadin-text-field.line-this-period[data-item='1'] input", "1250");
        browser.click("vaadin-button.invoice-save");
        browser.waitForText(".invoice-history .history-lines-saved", "Lines saved: work this period");
        browser.script("document.querySelector('.invoice-history').scrollIntoView()");
        browser.screenshot("history-documents-1500");

        String waiver = (String) browser.script("return [...document.querySelectorAll('.attachment-grid a.attachment-name')]"
                + ".find(a => a.textContent.trim().startsWith('Conditional progress lien waiver')).href");
        assertThat(waiver).matches(".*/attachments/\\d+/Conditional%20progress%20lien%20waiver%20SC-7%207-06\\.pdf\\?inline=true");
        HttpResponse<byte[]> opened = fetch(waiver);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("inline").contains("Conditional progress lien waiver SC-7 7-06.pdf"));
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(waiver)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isNotEqualTo(200);
        browser.driver.get(waiver);
        // the tab's title as the browser shows it (a PDF viewer's page has no document title of its own)
        browser.wait.until(driver -> tabTitles().contains("Conditional progress lien waiver SC-7 7-06.pdf"));
        browser.screenshot("attachment-tab-1500");
        browser.signOut();
        signIn("sub");
        assertThat(fetch(waiver).statusCode()).isEqualTo(404);
    }

    @Test
    void review_offers_only_real_moves_asks_reasons_on_their_fields_and_names_what_stops_an_invoice() throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        signIn("admin");
        try {
            for (String size : List.of("1500,1200", "1024,800")) {
                resize(browser, size);
                browser.open("projects/" + projectId + "/invoices/" + invoiceId("6-04"));
                browser.waitForText(".invoice-status", "Approved");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        "vaadin-button.action-approve-as-noted")));
                assertThat(browser.driver.findElements(By.cssSelector("vaadin-button.action-approve"))).isEmpty();
                browser.click("vaadin-button.action-revise");
                browser.click("vaadin-button.review-confirm");
                browser.wait.until(driver -> browser.script("return !!document.querySelector('vaadin-text-area.review-note[invalid]')"));
                assertThat(readableError("vaadin-text-area.review-note"))
                        .isEqualTo("Say why the invoice goes back: a reason is required.");
                browser.screenshot("review-reason-required-" + size.substring(0, size.indexOf(',')));
                browser.clickButton("Cancel");
            }

            List<String> sc1 = statuses(projectId, "SC-1");
            int cannot = (int) sc1.stream().filter(Set.of("DRAFT", "REVISE_AND_RESUBMIT")::contains).count();
            browser.open("projects/" + projectId + "/invoicing");
            search("Bedrock", "1-");
            browser.clickButton("Select all matching");
            browser.click("vaadin-button.bulk-status");
            choose("vaadin-combo-box.bulk-status-value", "Revise and resubmit");
            browser.click("vaadin-button.bulk-status-apply");
            browser.wait.until(driver -> browser.script("return !!document.querySelector('vaadin-text-area.bulk-status-note[invalid]')"));
            assertThat(readableError("vaadin-text-area.bulk-status-note"))
                    .isEqualTo("Say why the invoice goes back: a reason is required.");
            browser.screenshot("bulk-reason-required-1024");
            browser.driver.findElement(By.cssSelector("vaadin-text-area.bulk-status-note textarea"))
                    .sendKeys("Attach this month's unconditional waiver.\t");
            browser.click("vaadin-button.bulk-status-apply");
            browser.waitForText(".bulk-status-summary", moved(sc1.size() - cannot, cannot));
            browser.waitForText("vaadin-dialog-overlay, .bulk-status-dialog", "1-06: It is Draft; only an invoice that is"
                    + " Under review, Pending owner approval, Approved as noted or Approved can be set to Revise and resubmit.");
            browser.screenshot("bulk-result-1024");
            browser.clickButton("Close");
        } finally {
            setStatuses("SC-1", Map.of("1-06", "DRAFT"), "APPROVED");
        }
    }

    @Test
    void two_administrators_change_the_same_invoices_and_the_second_is_told_who_changed_what_and_moves_none()
            throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        int redbrick = statuses(projectId, "SC-4").size();
        signIn("admin");
        try (Browser second = new Browser(port, "1024,800")) {
            second.signIn("specialty", "specialty");
            second.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.project-grid")));
            for (Browser each : List.of(browser, second)) {
                each.open("projects/" + projectId + "/invoicing");
                search(each, "Redbrick", "4-");
                each.clickButton("Select all matching");
                each.click("vaadin-button.bulk-status");
                each.wait.until(driver -> each.script("return !!document.querySelector('vaadin-combo-box.bulk-status-value')"));
            }
            choose(browser, "vaadin-combo-box.bulk-status-value", "Approved as noted");
            browser.click("vaadin-button.bulk-status-apply");
            browser.waitForText(".bulk-status-summary", moved(redbrick, 0));

            choose(second, "vaadin-combo-box.bulk-status-value", "Revise and resubmit");
            second.driver.findElement(By.cssSelector("vaadin-text-area.bulk-status-note textarea")).sendKeys("Waiver missing\t");
            second.click("vaadin-button.bulk-status-apply");
            second.waitForText(".bulk-status-conflict", (redbrick == 1 ? "A progress billing was" : redbrick
                    + " progress billings were") + " changed by someone else after you opened this, so nothing was changed.");
            second.waitForText("vaadin-dialog-overlay li, .bulk-status-dialog li",
                    "4-01 is now Approved as noted: Dana Whitfield changed it from Approved on ");
            second.screenshot("bulk-conflict-1024");
            assertThat(statuses(projectId, "SC-4")).hasSize(redbrick).containsOnly("APPROVED_AS_NOTED");
        } finally {
            setStatuses("SC-4", Map.of("4-06", "PENDING_OWNER_APPROVAL"), "APPROVED");
        }
    }

    @Test
    void files_dropped_together_are_all_stored_in_arrival_order_and_each_refusal_shows_beside_its_file() throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        signIn("admin");
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        search("7-06", "7-06");
        browser.wait.until(driver -> browser.script("const a = [...document.querySelectorAll('vaadin-grid.invoice-grid a.invoice-link')]"
                + ".find(a => a.offsetHeight > 0 && a.textContent.trim() === '7-06'); if (a) { a.click(); } return !!a;"));
        browser.waitForText(".invoice-status", "Draft");
        List<String> before = attachmentNames();

        Path folder = Files.createTempDirectory("dropped");
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            files.add(Files.write(folder.resolve("Timesheet week " + i + ".pdf"), TestFiles.pdf("TIMESHEET WEEK " + i, 1)));
        }
        Path tooBig = Files.write(folder.resolve("Scanned plans.pdf"), TestFiles.noisePdf(1, 300_000, 7));
        try {
            browser.upload("vaadin-upload.attachment-upload", files);
            browser.wait.until(driver -> attachmentNames().size() == before.size() + files.size());
            List<String> names = attachmentNames();
            assertThat(names).doesNotHaveDuplicates().containsAll(files.stream().map(f -> f.getFileName().toString()).toList());
            assertThat(positions()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, names.size()).boxed().toList());
            browser.wait.until(driver -> !browser.uploadOutcomes("vaadin-upload.attachment-upload").containsValue("pending"));
            assertThat(browser.uploadOutcomes("vaadin-upload.attachment-upload")).hasSize(files.size()).allSatisfy(
                    (name, error) -> assertThat(error).as(name).isEmpty());
            assertThat(pageText()).doesNotContain("Someone else changed this");
            screenshot("dropped-together", "vaadin-upload.attachment-upload");

            // over the limit: refused before a byte goes up, said beside the file and in the list under the upload
            browser.upload("vaadin-upload.attachment-upload", List.of(tooBig));
            browser.waitForText(".upload-refusals", "Scanned plans.pdf is larger than the limit");
            browser.wait.until(driver -> browser.uploadOutcomes("vaadin-upload.attachment-upload")
                    .getOrDefault("Scanned plans.pdf", "").contains("is larger than the limit of"));
            assertThat(browser.script("return document.querySelector('vaadin-upload.attachment-upload').files.length"))
                    .isEqualTo(files.size() + 1L);
            screenshot("too-large-beside-file", "vaadin-upload.attachment-upload");
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Test
    void new_invoice_offers_only_subcontracts_that_can_take_one_and_the_signed_document_dialog_says_what_happened()
            throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        signIn("admin");
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        browser.click("vaadin-button.new-invoice");
        browser.waitForText(".new-invoice-taken", "SC-7 Electrical: invoice 7-06");
        browser.waitForText(".new-invoice-taken-intro", "Not offered, because each already has its invoice in billing period #6");
        screenshot("new-invoice", ".new-invoice-taken");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 800));
        screenshot("new-invoice-1024", ".new-invoice-taken");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1200));
        @SuppressWarnings("unchecked")
        List<String> taken = (List<String>) browser.script("return [...document.querySelectorAll('.new-invoice-taken li')]"
                + ".map(li => li.textContent.split(':')[0].split(' ')[0])");
        assertThat(taken).contains("SC-1", "SC-7", "SC-12");
        browser.script("document.querySelector('vaadin-combo-box.new-invoice-contract').opened = true");
        browser.wait.until(driver -> browser.script("return document.querySelectorAll('vaadin-combo-box-item').length > 0"));
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>) browser.script("return [...document.querySelectorAll('vaadin-combo-box-item')]"
                + ".map(i => i.textContent.trim().split(' ')[0])");
        assertThat(offered).isNotEmpty().doesNotContainAnyElementsOf(taken);
        browser.script("document.querySelector('vaadin-combo-box.new-invoice-contract').opened = false");
        browser.clickButton("Cancel");

        // SC-12's latest: the dialog says what to do, not that something was done; a refused file leaves room for the next
        search("12-04", "12-04");
        browser.wait.until(driver -> browser.script("const a = [...document.querySelectorAll('vaadin-grid.invoice-grid a.invoice-link')]"
                + ".find(a => a.offsetHeight > 0 && a.textContent.trim() === '12-04'); if (a) { a.click(); } return !!a;"));
        browser.waitForText(".invoice-title", "Invoice 12-04");
        browser.click("vaadin-button.action-record-signature");
        browser.waitForText(".signed-upload-help", "Choose the signed PDF of this invoice.");
        assertThat(browser.script("return document.querySelector('vaadin-dialog-overlay, .signed-document-dialog').textContent"))
                .asString().doesNotContain("Signed document recorded");
        Path folder = Files.createTempDirectory("signed");
        try {
            Path fake = Files.write(folder.resolve("Signed 12-04.pdf"), "not a PDF at all".getBytes(StandardCharsets.UTF_8));
            browser.upload("vaadin-upload.signed-upload", List.of(fake));
            browser.waitForText(".upload-refusals", "Signed 12-04.pdf: The content of Signed 12-04.pdf is not what its name says.");
            browser.wait.until(driver -> browser.uploadOutcomes("vaadin-upload.signed-upload")
                    .getOrDefault("Signed 12-04.pdf", "").contains("is not what its name says"));
            browser.wait.until(driver -> Boolean.FALSE.equals(browser.script(
                    "return document.querySelector('vaadin-upload.signed-upload').maxFilesReached")));
            screenshot("signed-document-refused", "vaadin-upload.signed-upload");
            Path real = Files.write(folder.resolve("Signed 12-04 final.pdf"), TestFiles.pdf("SIGNED 12-04", 1));
            browser.upload("vaadin-upload.signed-upload", List.of(real));
            try {
                browser.waitForText(".invoice-header", "Signed");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("not recorded: " + browser.script("const u = document.querySelector('vaadin-upload.signed-upload');"
                        + "return u ? JSON.stringify(u.files.map(f => [f.name, f.error, f.complete, f.status, f.held, f.uploading])) : 'no upload'")
                        + " / " + pageText(), e);
            }
            browser.waitForText(".invoice-header", "Signed");
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Test
    void the_contact_uploads_while_the_administrator_reviews_and_the_one_whose_screen_is_behind_is_told_who_changed_what()
            throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        // the administrator sends SC-2's invoice 2-04 back for the missing timesheets
        signIn("admin");
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invoice-search input"))).sendKeys("2-04");
        browser.wait.until(driver -> browser.script("const links = [...document.querySelectorAll('vaadin-grid.invoice-grid a.invoice-link')]"
                + ".filter(a => a.offsetHeight > 0); const a = links.find(a => a.textContent.trim() === '2-04');"
                + "if (a && links.length <= 2) { a.click(); return true; } return false;"));
        browser.waitForText(".invoice-status", "Approved");
        String invoiceUrl = browser.driver.getCurrentUrl();
        browser.click("vaadin-button.action-revise");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area.review-note textarea")))
                .sendKeys("Add the timesheets of each week.\t");
        browser.click("vaadin-button.review-confirm");
        browser.waitForText(".invoice-status", "Revise and resubmit");

        Path folder = Files.createTempDirectory("two-users");
        try (Browser contact = new Browser(port, "1500,1200")) {
            contact.signIn("sub", "sub");
            contact.open(invoiceUrl.substring(invoiceUrl.indexOf('/', "http://".length()) + 1));
            contact.waitForText(".invoice-status", "Revise and resubmit");
            List<Path> timesheets = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                timesheets.add(Files.write(folder.resolve("Granite timesheet " + i + ".pdf"),
                        TestFiles.pdf("GRANITE TIMESHEET " + i, 1)));
            }
            Path waiver = Files.write(folder.resolve("Unconditional waiver 2-04.pdf"), TestFiles.pdf("WAIVER 2-04", 1));
            // the contact drops eight files while the administrator, on the same invoice, adds the waiver
            contact.upload("vaadin-upload.attachment-upload", timesheets);
            browser.upload("vaadin-upload.attachment-upload", List.of(waiver));
            contact.wait.until(driver -> contact.uploadOutcomes("vaadin-upload.attachment-upload").size() == 8
                    && !contact.uploadOutcomes("vaadin-upload.attachment-upload").containsValue("pending"));
            assertThat(contact.uploadOutcomes("vaadin-upload.attachment-upload")).allSatisfy(
                    (name, error) -> assertThat(error).as(name).isEmpty());
            browser.wait.until(driver -> "".equals(browser.uploadOutcomes("vaadin-upload.attachment-upload")
                    .get("Unconditional waiver 2-04.pdf")));
            List<String> stored = attachmentFileNames(invoiceUrl);
            assertThat(stored).containsAll(timesheets.stream().map(f -> f.getFileName().toString()).toList())
                    .contains("Unconditional waiver 2-04.pdf").doesNotHaveDuplicates();
            assertThat(positions()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, stored.size()).boxed().toList());

            // the contact submits; the administrator's screen still shows the invoice as it was
            contact.click("vaadin-button.action-submit");
            contact.waitForText(".invoice-status", "Under review");
            browser.script("document.querySelector('.attachment-grid vaadin-button.attachment-remove').click()");
            browser.waitForText("vaadin-notification-card", "Gina Russo submitted this invoice for review at ");
            browser.waitForText("vaadin-notification-card", "Nothing of yours was changed: reload to see the invoice as it is now.");
            screenshot("stale-remove-refused", ".attachment-grid");
            assertThat(attachmentFileNames(invoiceUrl)).isEqualTo(stored);

            browser.driver.navigate().refresh();
            browser.waitForText(".invoice-status", "Under review");
            browser.click("vaadin-button.action-approve");
            browser.waitForText(".invoice-status", "Approved");
            contact.driver.navigate().refresh();
            contact.waitForText(".invoice-status", "Approved");
            assertThat(contact.driver.findElements(By.cssSelector("vaadin-upload.attachment-upload"))).isEmpty();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }

    private List<String> attachmentFileNames(String invoiceUrl) {
        long userId = companies.findUser("admin").orElseThrow().id();
        long invoiceId = Long.parseLong(invoiceUrl.replaceAll(".*/invoices/(\\d+).*", "$1"));
        return attachmentService.attachments(userId, InvoiceRef.subcontractor(invoiceId)).stream()
                .map(Attachment::fileName).toList();
    }

    /** The positions of the open invoice's documents in backup order, as stored. */
    private List<Integer> positions() {
        long userId = companies.findUser("admin").orElseThrow().id();
        long invoiceId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/invoices/(\\d+).*", "$1"));
        return attachmentService.attachments(userId, InvoiceRef.subcontractor(invoiceId)).stream()
                .map(Attachment::position).toList();
    }

    private String pageText() {
        return (String) browser.script("return document.body.innerText + [...document.querySelectorAll('vaadin-notification-card')]"
                + ".map(c => c.textContent).join(' ')");
    }

    /** A screenshot, for a person to look at, with the element the selector finds scrolled into view. */
    private void screenshot(String name, String selector) throws Exception {
        browser.script("const e = document.querySelector(arguments[0]); if (e) { e.scrollIntoView({block: 'center'}); }",
                selector);
        Thread.sleep(300);
        browser.screenshot(name);
    }

    @SuppressWarnings("unchecked")
    private List<String> tabTitles() {
        Map<String, Object> targets = browser.driver.executeCdpCommand("Target.getTargets", Map.of());
        return ((List<Map<String, Object>>) targets.get("targetInfos")).stream()
                .filter(target -> "page".equals(target.get("type"))).map(target -> (String) target.get("title")).toList();
    }

    /** The statuses of a contract's invoices in the project, read apart from the screen. */
    private List<String> statuses(long projectId, String contract) {
        return jdbc.sql("SELECT i.status FROM subcontractor_invoice i JOIN subcontract s ON s.id = i.subcontract_id"
                + " WHERE s.project_id = ? AND s.number = ?").params(projectId, contract).query(String.class).list();
    }

    /** The bulk decision's summary line. */
    private static String moved(int moved, int couldNot) {
        return (moved == 1 ? "1 invoice" : moved + " invoices") + " moved; " + couldNot + " could not:";
    }

    private long invoiceId(String number) {
        return jdbc.sql("SELECT id FROM subcontractor_invoice WHERE number = ?").param(number).query(Long.class).single();
    }

    /** Puts the demo's statuses of a contract's invoices back for the other tests: these as given, the rest {@code others}. */
    private void setStatuses(String contract, Map<String, String> given, String others) {
        jdbc.sql("UPDATE subcontractor_invoice i JOIN subcontract s ON s.id = i.subcontract_id SET i.status = ?,"
                + " i.review_note = NULL WHERE s.number = ?").params(others, contract).update();
        given.forEach((number, status) -> jdbc.sql("UPDATE subcontractor_invoice SET status = ? WHERE number = ?")
                .params(status, number).update());
    }

    private void type(String input, String text) throws Exception {
        WebElement field;
        try {
            field = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(input)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("missing-field");
            throw new AssertionError("No " + input + " on " + browser.driver.getCurrentUrl() + ": "
                    + browser.script("return document.body.innerText.substring(0, 1500)"), e);
        }
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /**
     * The error message of the field, once all of it is shown inside the field's grid cell or dialog; fails with what
     * cuts it off when it does not fit within a few seconds.
     */
    private String readableError(String field) {
        // the grid measures a row again once its message shows: look until it fits, for a few seconds, first at once;
        // on this thread, which drives the browser
        return await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .pollInSameThread()
                .until(() -> readableErrorNow(field), seen -> seen != null && !seen.startsWith("cut off"));
    }

    private String readableErrorNow(String field) {
        return (String) browser.wait.until(driver -> browser.script("""
                const f = document.querySelector(arguments[0]);
                const m = f && f.querySelector('[slot=error-message]');
                if (!m || m.offsetHeight === 0 || m.textContent.trim() === '') { return null; }
                const cell = f.closest('vaadin-grid-cell-content');
                const r = m.getBoundingClientRect();
                const b = cell ? (cell.assignedSlot ? cell.assignedSlot.parentElement : cell).getBoundingClientRect()
                    : {left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight};
                const inside = r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
                const whole = m.scrollWidth <= m.clientWidth + 1 && (!cell || cell.scrollWidth <= cell.clientWidth + 1);
                return inside && whole ? m.textContent.trim()
                    : 'cut off: ' + JSON.stringify({message: [r.left, r.right, r.top, r.bottom], box: [b.left, b.right, b.top,
                      b.bottom], scroll: m.scrollWidth, client: m.clientWidth});""", field));
    }

    private static void resize(Browser browser, String size) {
        String[] wh = size.split(",");
        browser.driver.manage().window().setSize(new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])));
    }

    /** Types into the grid's search and waits until every visible invoice number starts with {@code shown}. */
    private void search(String text, String shown) {
        search(browser, text, shown);
    }

    private static void search(Browser browser, String text, String shown) {
        WebElement search = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invoice-search input")));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.wait.until(driver -> browser.script("const links = [...document.querySelectorAll('vaadin-grid.invoice-grid a.invoice-link')]"
                + ".filter(a => a.offsetHeight > 0).map(a => a.textContent.trim());"
                + "return links.length > 0 && links.every(n => n.startsWith(arguments[0]));", shown));
    }

    /** Opens a combo box and picks the item with this text from its overlay. */
    private void choose(String comboBox, String item) {
        choose(browser, comboBox, item);
    }

    private static void choose(Browser browser, String comboBox, String item) {
        browser.click(comboBox);
        browser.wait.until(driver -> browser.script("const i = [...document.querySelectorAll('vaadin-combo-box-item')]"
                + ".find(i => i.textContent.trim() === arguments[0]); if (i) { i.click(); return true; } return false;", item));
    }

    private byte[] get(String href) throws Exception {
        HttpResponse<byte[]> response = fetch(href);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<byte[]> fetch(String href) throws Exception {
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void drop(String name, String type, byte[] content) {
        browser.drop("vaadin-upload.attachment-upload", name, type, content);
    }

    @SuppressWarnings("unchecked")
    private List<String> attachmentNames() {
        return (List<String>) browser.script("return [...document.querySelectorAll('.attachment-grid a.attachment-name')]"
                + ".filter(a => a.offsetHeight > 0).map(a => a.textContent.trim())");
    }

    private void signIn(String user) {
        browser.signIn(user, user);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.project-grid")));
    }
}
