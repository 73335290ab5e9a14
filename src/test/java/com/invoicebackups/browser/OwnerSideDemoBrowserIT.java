package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.TestClock;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.shared.Money;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The owner side on the demo, in headless Chromium: the administrator makes the open period's owner invoice, fills
 * it from the approved subcontractor invoices, edits and submits it; the owner sends it back with a reason, the
 * administrator submits it again and the owner approves; the administrator compiles its backup and sends it to the
 * owner and to a lender, who downloads it through the mailed link; the link ends once revoked, the owner's once
 * expired. The demo's earlier delivery shows its recorded download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class OwnerSideDemoBrowserIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    InvoiceService invoices;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_administrator_makes_the_owner_invoice_the_owner_reviews_it_and_its_backup_reaches_owner_and_lender()
            throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        long admin = companies.findUser("admin").orElseThrow().id();
        try (Browser browser = new Browser(port, "1500,1200")) {
            browser.signIn("admin", "admin");

            // the demo's earlier owner backup was sent to the owner, who downloaded it once
            long demoBackup = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                    "SELECT d.backup_id FROM backup_delivery d JOIN backup_delivery_download x ON x.delivery_id = d.id")
                    .query(Long.class).optional(), java.util.Optional::isPresent).orElseThrow();
            browser.open("projects/" + projectId + "/invoicing");
            browser.clickTab("Backups");
            browser.click("vaadin-grid.backup-history vaadin-button.backup-send[data-backup='" + demoBackup + "']");
            browser.waitForText(".delivery-list .delivery-download", "from 203.0.113.24");
            browser.waitForText(".delivery-list", "To Olivia Grant <olivia.grant@riversidehealth.example>, sent by"
                    + " Dana Whitfield");
            browser.screenshot("demo-earlier-delivery");
            browser.clickButton("Close");

            // the open period's owner invoice is the administrator's to make
            browser.open("projects/" + projectId + "/invoicing");
            browser.clickTab("Owner");
            browser.click("vaadin-button.new-owner-invoice");
            browser.waitForText(".new-owner-invoice-dialog, vaadin-dialog-overlay", "It goes into billing period");
            browser.click("vaadin-button.new-owner-invoice-create");
            browser.wait.until(driver -> driver.getCurrentUrl().matches(".*/owner-invoices/\\d+"));
            browser.waitForText(".invoice-title", "PC-001-06");
            String ownerInvoicePath = browser.driver.getCurrentUrl().replaceFirst("^http://[^/]+/", "");

            // filled from the period's approved subcontractor invoices: SC-6's and SC-12's; the others are named
            Money drywall = billed(admin, "6-04");
            browser.click("vaadin-button.owner-prefill");
            browser.waitForText(".owner-prefill-dialog .owner-prefill-lines, vaadin-dialog-overlay",
                    "Item 7 Drywall and Framing: " + money(drywall) + " this period, $0.00 stored, from SC-6 6-04");
            browser.waitForText(".owner-prefill-dialog .owner-prefill-lines, vaadin-dialog-overlay",
                    "Item 13 Painting and Coatings: " + money(billed(admin, "12-04")));
            browser.waitForText(".owner-prefill-dialog .owner-prefill-not-approved, vaadin-dialog-overlay",
                    "SC-1 invoice 1-06: Draft");
            browser.screenshot("demo-owner-prefill");
            browser.clickButton("Close");

            // the general conditions are the contractor's own: billed by hand, saved with the filled lines
            WebElement conditions = browser.wait.until(driver -> driver.findElement(
                    By.cssSelector("vaadin-text-field.line-this-period[data-item='1'] input")));
            conditions.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "93600", Keys.TAB);
            browser.click("vaadin-button.invoice-save");
            browser.waitForText("vaadin-notification-card", "Invoice saved");
            browser.click("vaadin-button.action-submit");
            browser.waitForText(".invoice-status", "Submitted to owner");

            // the owner sends it back with a reason; the contractor reads it and submits again; the owner approves
            browser.signOut();
            browser.signIn("owner", "owner");
            browser.open(ownerInvoicePath);
            browser.waitForText(".invoice-status", "Submitted for your review");
            browser.click("vaadin-button.action-revise");
            browser.typeInto("Reason (sent to the general contractor)", "Add the elevator inspection report.");
            browser.click("vaadin-button.review-confirm");
            browser.waitForText(".invoice-status", "Revise and resubmit");
            browser.signOut();
            browser.signIn("admin", "admin");
            browser.open(ownerInvoicePath);
            browser.waitForText(".invoice-view", "Add the elevator inspection report.");
            browser.click("vaadin-button.action-submit");
            browser.waitForText(".invoice-status", "Submitted to owner");
            browser.signOut();
            browser.signIn("owner", "owner");
            browser.open(ownerInvoicePath);
            browser.click("vaadin-button.action-approve");
            browser.waitForText(".invoice-status", "Approved");

            // the contractor compiles its backup; the preflight names what the backup will miss
            browser.signOut();
            browser.signIn("admin", "admin");
            browser.open("projects/" + projectId + "/invoicing");
            browser.clickTab("Owner");
            browser.wait.until(driver -> driver.findElement(By.cssSelector(".owner-invoice-search input")))
                    .sendKeys("PC-001-06");
            browser.wait.until(driver -> browser.script("const links = [...document.querySelectorAll("
                    + "'vaadin-grid.owner-invoice-grid a.invoice-link')].filter(a => a.offsetHeight > 0);"
                    + "return links.length === 1 && links[0].textContent.trim() === 'PC-001-06';"));
            browser.clickButton("Select all matching");
            Object earlier = browser.script("return [...document.querySelectorAll('a.backup-download')].map(a => a.href)");
            browser.wait.until(driver -> browser.script("const b = [...document.querySelectorAll('vaadin-button')].find(b =>"
                    + " b.textContent.includes('Compile Invoice Backups') && !b.hasAttribute('disabled') && b.offsetHeight > 0);"
                    + "if (b) { b.click(); return true; } return false;"));
            browser.waitForText(".compile-warnings", "SC-1 invoice 1-06 of billing period #6 (Draft) is not approved"
                    + " and will be missing from the owner invoice backup");
            browser.clickButton("Compile");
            String href = (String) browser.wait.until(driver -> browser.script("return [...document.querySelectorAll("
                    + "'a.backup-download')].map(a => a.href).find(href => !arguments[0].includes(href)) || null", earlier));
            String backupId = href.replaceAll(".*/backups/(\\d+)/download.*", "$1");

            // its reconciliation sets the owner invoice against the invoices it carries, by cost code
            // (compared without spaces: a blank figure leaves no gap the text extraction sees)
            String reconciliation = reconciliationText(fetch(browser, href));
            assertThat(reconciliation.replaceAll("\\s", "")).contains(Stream.of(
                    "Owner invoice against the subcontractor invoices it carries, by cost code",
                    "09-200 7 Drywall and Framing " + money(drywall) + " " + money(drywall) + " $0.00 $0.00 $0.00",
                    "From SC-6 6-04", "01-000 1 General conditions and fee $93,600.00 $0.00 $93,600.00")
                    .map(line -> line.replaceAll("\\s", "")).toArray(String[]::new));

            // sent to the owner and to the lender; an address that is none is refused first
            browser.clickTab("Backups");
            browser.click("vaadin-grid.backup-history vaadin-button.backup-send[data-backup='" + backupId + "']");
            browser.waitForText(".delivery-dialog, vaadin-dialog-overlay", "Members of the owner's company on this project");
            browser.tickDeliveryMember("Olivia Grant");
            browser.typeInto("Other e-mail addresses", "draws@riverbank-lending.example; draws@");
            browser.click("vaadin-button.delivery-send");
            browser.waitForText("vaadin-text-area.delivery-addresses", "\"draws@\" is not an e-mail address");
            browser.typeInto("Other e-mail addresses", "draws@riverbank-lending.example");
            browser.click("vaadin-button.delivery-send");
            browser.waitForText(".delivery-list", "To draws@riverbank-lending.example, sent by Dana Whitfield");
            browser.screenshot("demo-delivery-dialog");

            // the lender downloads it through the mailed link, without an account
            String lender = DeliveryMails.token(smtp, "riverbank-lending.example");
            browser.signOut();
            browser.open("delivery/" + lender);
            browser.waitForText("a.delivery-file", "Owner invoice backup");
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(browser.url("delivery/" + lender + "/1"))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(reconciliationText(file.body())).isEqualTo(reconciliation);

            // the download is in the backup's history; revoked, the link says so
            browser.signIn("admin", "admin");
            browser.open("projects/" + projectId + "/invoicing");
            browser.clickTab("Backups");
            browser.click("vaadin-grid.backup-history vaadin-button.backup-send[data-backup='" + backupId + "']");
            browser.waitForText(".delivery-list .delivery-download", "Downloaded Owner invoice backup");
            browser.revokeDeliveryTo("draws@riverbank-lending.example");
            browser.waitForText(".delivery-list", "revoked by Dana Whitfield");
            browser.signOut();
            browser.open("delivery/" + lender);
            browser.waitForText(".delivery-gone", "This link has expired or was revoked");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url(
                    "delivery/" + lender + "/1"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(404);

            // the owner's link works until it expires
            String owner = DeliveryMails.token(smtp, "riversidehealth.example");
            browser.open("delivery/" + owner);
            browser.waitForText("a.delivery-file", "Owner invoice backup");
            TestClock.later(Duration.ofDays(31), () -> {
                browser.open("delivery/" + owner);
                browser.waitForText(".delivery-gone", "This link has expired or was revoked");
            });
        }
    }

    /** Work this period on the subcontractor invoice's trade lines (its change order has its own code), added up here. */
    private Money billed(long admin, String number) {
        long id = jdbc.sql("SELECT id FROM subcontractor_invoice WHERE number = ?").param(number).query(Long.class)
                .single();
        return invoices.payApplication(admin, id).rows().stream().filter(row -> !row.itemNumber().startsWith("CO"))
                .map(PayApplication.Row::thisPeriod).reduce(Money.ZERO, Money::plus);
    }

    private static String money(Money amount) {
        return Formats.of(Locale.US).money(amount, "USD");
    }

    private static byte[] fetch(Browser browser, String href) throws Exception {
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The text of the backup's reconciliation pages. */
    private static String reconciliationText(byte[] backup) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(backup)))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String content = PdfTextExtractor.getTextFromPage(pdf.getPage(page));
                if (content.startsWith("Reconciliation")) {
                    text.append(content).append('\n');
                }
            }
        }
        return text.toString();
    }
}
