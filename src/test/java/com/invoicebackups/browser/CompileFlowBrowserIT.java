package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoicebackups.SignInForm;
import com.invoicebackups.TestData;
import com.invoicebackups.TestFiles;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.backup.Backup;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.InvoiceFilter;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceRow;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Formats;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * The whole flow in headless Chromium against the running product with its demo data: sign in as the
 * administrator, select three invoices, compile through the preflight, wait for the pushed alert,
 * download the PDF and read it back; and a requester of their own project compiling in volumes, each downloaded from
 * the alert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class CompileFlowBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ApplicationContext context;
    @Autowired
    BackupService backups;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    CompanyService companies;
    @Autowired
    InvoiceGridService grid;

    ChromeDriver browser;
    Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        browser = HeadlessChromium.start(profile, "1500,1000");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void the_administrator_compiles_three_invoices_and_downloads_the_backup() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")))
                .sendKeys("admin");
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        password.sendKeys("admin");
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.project-grid")));

        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        browser.get(url("projects/" + projectId + "/invoicing"));
        wait.until(driver -> script("return document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox').length > 3"));
        script("const boxes = document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox');"
                + "for (let i = 1; i <= 3; i++) { boxes[i].click(); }");
        wait.until(driver -> script("return [...document.querySelectorAll('vaadin-button')]"
                + ".some(b => b.textContent.includes('Compile Invoice Backups') && !b.hasAttribute('disabled'))"));
        script("[...document.querySelectorAll('vaadin-button')].find(b => b.textContent.includes('Compile Invoice Backups')).click()");
        wait.until(driver -> script("return !!document.querySelector('.compile-dialog, vaadin-dialog-overlay')"));
        // one PDF unless the user asks for volumes or a ZIP
        wait.until(driver -> script("const group = document.querySelector('vaadin-radio-group.compile-delivery');"
                + "return !!group && group.offsetHeight > 0 && group.querySelectorAll('vaadin-radio-button').length === 3"
                + " && group.querySelector('vaadin-radio-button[checked]').textContent.includes('One PDF')"));
        // the demo's general contractor has a seal, offered and ticked
        wait.until(driver -> script("return [...document.querySelectorAll('vaadin-checkbox')].some(c => c.checked"
                + " && c.textContent.includes('Seal with the certificate of Keystone Builders Inc.') && c.offsetHeight > 0)"));
        // the demo's own earlier backup may still be announced: wait for this one's link
        Object earlier = script("return [...document.querySelectorAll('a.backup-download')].map(a => a.href)");
        wait.until(driver -> script("const b = [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Compile');"
                + "if (b) { b.click(); return true; } return false;"));

        String href = (String) wait.until(driver -> script("return [...document.querySelectorAll('a.backup-download')]"
                + ".map(a => a.href).find(href => !arguments[0].includes(href)) || null", earlier));
        assertThat(browser.findElement(By.cssSelector(".backup-succeeded")).getText()).contains("Invoice backup compiled");

        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(response.body())))) {
            // cover + reconciliation + contents + the three invoices (each rendered on 2 pages, with its documents'
            // pages as stored) + manifest
            // + a page of changes when an earlier test compiled some of these invoices
            boolean changes = pdf.getOutlines(false).getAllChildren().getLast().getTitle().startsWith("Changes since");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 1 + 1 + invoicePages(projectId, 3) + (changes ? 1 : 0) + 1);
            assertThat(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(pdf.getPage(2)))
                    .contains("Reconciliation", "SC-1 Bedrock Earthworks LLC", "Total Bedrock Earthworks LLC",
                            "Package total");
            assertThat(pdf.getOutlines(false).getAllChildren().getFirst().getTitle())
                    .isEqualTo("SC-1 \u00b7 Bedrock Earthworks LLC");
            SignatureUtil signatures = new SignatureUtil(pdf);
            assertThat(signatures.getSignatureNames()).hasSize(1);
            String seal = signatures.getSignatureNames().getFirst();
            assertThat(signatures.signatureCoversWholeDocument(seal)).isTrue();
            assertThat(signatures.readSignatureData(seal).verifySignatureIntegrityAndAuthenticity()).isTrue();
        }
        HttpResponse<byte[]> part = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).header("Range", "bytes=0-99").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).hasSize(100).startsWith("%PDF-".getBytes());
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + response.body().length);

        // the Backups tab shows the backup's row in the browser, not only on the server
        script("[...document.querySelectorAll('vaadin-tab')].find(t => t.textContent.trim() === 'Backups').click()");
        wait.until(driver -> script("const grid = document.querySelector('vaadin-grid.backup-history');"
                + "return !!grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(c => c.textContent.includes('Succeeded') && c.offsetHeight > 0);"));

        // had the document store been out of reach for too long, the row offers to try the backup again
        long backupId = Long.parseLong(href.replaceAll(".*/backups/(\\d+)/download.*", "$1"));
        jdbc.sql("UPDATE backup SET status = 'FAILED', storage_waits = 1, warnings = '[\"The backup could not be compiled:"
                + " the document store could not be reached for too long\"]' WHERE id = ?").param(backupId).update();
        browser.navigate().refresh();
        wait.until(driver -> script("const tab = [...document.querySelectorAll('vaadin-tab')]"
                + ".find(t => t.textContent.trim() === 'Backups'); if (tab) { tab.click(); return true; } return false;"));
        String retry = "vaadin-grid.backup-history vaadin-button.backup-retry[data-backup='" + backupId + "']";
        wait.until(driver -> script("const b = document.querySelector(arguments[0]);"
                + "return !!b && b.offsetHeight > 0 && b.textContent.includes('Try again');", retry));
        script("document.querySelector(arguments[0]).click()", retry);
        wait.until(driver -> "SUCCEEDED".equals(jdbc.sql("SELECT status FROM backup WHERE id = ?").param(backupId)
                .query(String.class).single()) && !(Boolean) script("return !!document.querySelector(arguments[0])", retry));

        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.body()).isEmpty();
    }

    @Test
    void the_requester_compiles_in_volumes_and_downloads_every_volume_from_the_alert() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        List<String> bookmarks = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            var invoice = data.invoice(data.subcontract(world, "SC-" + i, world.subcontractor()), period, i + "-01",
                    InvoiceStatus.APPROVED, "100.00", null);
            for (int a = 1; a <= 3; a++) {
                attachments.upload(world.admin().id(), InvoiceRef.subcontractor(invoice.id()), "Scan " + a + ".pdf",
                        DocumentType.OTHER, TestFiles.noisePdf(1, 185_000, 100L * i + a));
            }
            bookmarks.add("SC-" + i + " \u00b7 " + world.subcontractor().name());
        }

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")))
                .sendKeys(world.admin().username());
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        password.sendKeys("secret");
        password.sendKeys(Keys.ENTER);
        wait.until(driver -> !driver.getCurrentUrl().contains("login"));

        browser.get(url("projects/" + world.project().id() + "/invoicing"));
        wait.until(driver -> script("return document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox').length > 3"));
        script("const boxes = document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox');"
                + "for (let i = 1; i <= 3; i++) { boxes[i].click(); }");
        wait.until(driver -> script("const b = [...document.querySelectorAll('vaadin-button')].find(b =>"
                + " b.textContent.includes('Compile Invoice Backups') && !b.hasAttribute('disabled'));"
                + "if (b) { b.click(); return true; } return false;"));
        // until the radio button shows it is chosen: a click while the dialog still renders may be lost
        wait.until(driver -> script("const group = document.querySelector('vaadin-radio-group.compile-delivery');"
                + "const button = group && [...group.querySelectorAll('vaadin-radio-button')]"
                + ".find(b => b.textContent.includes('Volumes small enough to email') && b.offsetHeight > 0);"
                + "if (!button) { return false; } if (button.hasAttribute('checked')) { return true; }"
                + "button.querySelector('input').click(); return false;"));
        wait.until(driver -> {
            WebElement input = (WebElement) script("const field = [...document.querySelectorAll('vaadin-integer-field')]"
                    + ".find(f => f.label === 'Largest file (MB)' && f.offsetHeight > 0);"
                    + "return field ? field.querySelector('input') : null;");
            if (input == null) {
                return false;
            }
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "1", Keys.TAB);
            return script("return [...document.querySelectorAll('vaadin-integer-field')]"
                    + ".some(f => f.label === 'Largest file (MB)' && f.value === '1')");
        });
        wait.until(driver -> script("const b = [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Compile');"
                + "if (b) { b.click(); return true; } return false;"));

        wait.until(driver -> script("return document.querySelectorAll('.backup-succeeded a.backup-download').length === 3"));
        List<WebElement> links = browser.findElements(By.cssSelector(".backup-succeeded a.backup-download"));
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        int pages = 0;
        List<String> bookmarked = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            WebElement link = links.get(number - 1);
            assertThat(link.getText()).isEqualTo("Volume " + number + " of 3");
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link.getAttribute("href"))).header("Cookie", "JSESSIONID=" + session).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(link.getText()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(response.body())))) {
                pages += pdf.getNumberOfPages();
                assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("Volume " + number + " of 3");
                pdf.getOutlines(false).getAllChildren().forEach(outline -> bookmarked.add(outline.getTitle()));
            }
        }
        // together the volumes are the backup the alert announced, each invoice in one of them
        assertThat(browser.findElement(By.cssSelector(".backup-succeeded")).getText()).contains(", " + pages + " pages.");
        assertThat(bookmarked).containsExactlyInAnyOrderElementsOf(bookmarks);
        Browser.screenshot(browser, "alert-volumes-1500");

        // the Backups tab shows every volume's link and every cell in full, in a wide and in a 1024 px window
        script("[...document.querySelectorAll('vaadin-tab')].find(t => t.textContent.trim() === 'Backups').click()");
        for (int width : new int[] {1500, 1024}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 800));
            wait.until(driver -> script("return document.querySelectorAll("
                    + "'vaadin-grid.backup-history .backup-history-downloads a').length === 3"));
            Thread.sleep(500);
            Browser.screenshot(browser, "backups-tab-volumes-" + width);
            assertThat(script(CUT_OFF_CELLS)).as("cells cut off at " + width + " px").asList().isEmpty();
            for (int number = 1; number <= 3; number++) {
                assertThat(script("""
                        const grid = document.querySelector('vaadin-grid.backup-history').getBoundingClientRect();
                        const link = [...document.querySelectorAll('vaadin-grid.backup-history .backup-history-downloads a')]
                          .find(a => a.textContent.trim() === arguments[0]);
                        const box = link.getBoundingClientRect();
                        return box.height > 0 && box.left >= grid.left && box.right <= grid.right
                          && box.top >= grid.top && box.bottom <= grid.bottom;""", "Volume " + number + " of 3"))
                        .as("volume " + number + " link in view at " + width + " px").isEqualTo(true);
            }
        }
    }

    /** The text of each visible backup history cell whose content does not fit in it. */
    static final String CUT_OFF_CELLS = """
            const grid = document.querySelector('vaadin-grid.backup-history');
            return !grid ? ['no grid'] : [...grid.querySelectorAll('vaadin-grid-cell-content')]
              .filter(c => c.offsetHeight > 0 && c.textContent.trim() !== ''
                && (c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1))
              .map(c => c.textContent.trim());""";

    @Test
    void alerts_keep_their_words_apart_fold_earlier_backups_close_and_read_in_the_viewers_formats() throws Exception {
        TestData data = new TestData(context);
        TestData.World world = data.world();
        var period = data.period(world, LocalDate.of(2026, 1, 1), PeriodStatus.CLOSED);
        List<Long> invoices = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            invoices.add(data.invoice(data.subcontract(world, "SC-" + i, world.subcontractor()), period, i + "-01",
                    InvoiceStatus.APPROVED, "100.00", null).id());
        }
        long admin = world.admin().id();
        long project = world.project().id();
        // both compiled in US formats; the administrator reads them in UK formats
        Backup first = compiled(admin, backups.request(admin, project, BackupKind.SUBCONTRACTOR, invoices,
                BackupOptions.ALL, java.util.Locale.US));
        Backup second = compiled(admin, backups.request(admin, project, BackupKind.SUBCONTRACTOR, invoices,
                BackupOptions.ALL, java.util.Locale.US));
        companies.chooseFormats(admin, "en-GB");

        try (Browser window = new Browser(port, "1500,1000")) {
            window.signIn(world.admin().username(), "secret");
            window.open("projects/" + project + "/invoicing");
            window.waitForText(".backup-succeeded", second.fileName());
            String uk = Formats.of(java.util.Locale.UK).dateTime(first.requestedAt());
            assertThat(window.script("return document.querySelector('.backup-succeeded .backup-changes').textContent"))
                    .isEqualTo("No changes since " + first.fileName() + " of " + uk + ".");
            // one full alert, the earlier backup folded into one line
            assertThat(window.script("return document.querySelectorAll('.backup-alert').length")).isEqualTo(2L);
            window.waitForText(".backup-earlier", "1 earlier backup of the last 15 minutes");
            window.screenshot("alerts-1500");
            assertThat(window.script(APART)).as("sentence, link and changes apart").isEqualTo(true);
            window.resize(1024, 800);
            window.screenshot("alerts-1024");
            assertThat(window.script(APART)).as("apart at 1024 px").isEqualTo(true);

            window.clickButtonIn(".backup-earlier", "Open the Backups tab");
            window.wait.until(driver -> window.script(
                    "return document.querySelector('vaadin-tab[selected]').textContent.trim() === 'Backups'"));
            window.waitForVisibleCell("vaadin-grid.backup-history", "No changes since " + first.fileName() + " of " + uk);
            window.screenshot("backups-tab-1024");

            window.click(".backup-earlier .backup-alert-close");
            window.wait.until(driver -> window.script("return document.querySelectorAll('.backup-alert').length === 1"));
            window.click(".backup-succeeded .backup-alert-close");
            window.wait.until(driver -> window.script("return document.querySelectorAll('.backup-alert').length === 0"));
            // closed for the rest of the session
            window.open("projects/" + project + "/invoicing");
            window.waitForVisibleCell("vaadin-grid.invoice-grid", "SC-2");
            assertThat(window.script("return document.querySelectorAll('.backup-alert').length")).isEqualTo(0L);
        } finally {
            companies.chooseFormats(admin, "");
        }
    }

    /**
     * True when, in the latest alert, the sentence and the download link sit side by side with a gap, and the changes
     * sentence starts on a line of its own below them.
     */
    private static final String APART = """
            const alert = document.querySelector('.backup-succeeded');
            const sentence = alert.querySelector('.backup-alert-body > span').getBoundingClientRect();
            const link = alert.querySelector('a.backup-download').getBoundingClientRect();
            const changes = alert.querySelector('.backup-changes').getBoundingClientRect();
            const sideBySide = link.left - sentence.right >= 8 || link.top >= sentence.bottom;
            return sideBySide && changes.top >= Math.max(link.bottom, sentence.bottom) - 1;""";

    private Backup compiled(long userId, Backup queued) {
        return await().alias("backup " + queued.id() + " finished").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> backups.backup(userId, queued.id()).orElseThrow(), Backup::finished);
    }

    @Test
    void an_address_that_leads_nowhere_shows_one_not_found_page_in_the_application() throws Exception {
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        long othersInvoice = (Long) jdbc.sql("SELECT i.id FROM subcontractor_invoice i JOIN subcontract s"
                + " ON s.id = i.subcontract_id WHERE s.number <> 'SC-2' ORDER BY i.id LIMIT 1")
                .query(Long.class).single();
        try (Browser window = new Browser(port, "1500,1000")) {
            // the demo's invoice contact of SC-2: another company's invoice is as absent as one that does not exist
            window.signIn("sub", "sub");
            String session = window.driver.manage().getCookieNamed("JSESSIONID").getValue();
            for (String address : List.of("projects/" + projectId + "/invoices/99999",
                    "projects/" + projectId + "/invoices/" + othersInvoice, "invoices/abc", "no/such/page",
                    "admin/users")) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(window.url(address))).header("Cookie", "JSESSIONID=" + session).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(address).isEqualTo(404);
                window.open(address);
                window.waitForText("h2", "Page not found");
                assertThat(window.script("return document.body.innerText")).as(address).asString()
                        .contains("There is nothing here that you can open", "Go to your projects")
                        .doesNotContain("Could not navigate", "routes", "Access denied");
                assertThat(window.script("return !!document.querySelector('.app-header .user-name')")).as(address)
                        .isEqualTo(true);
            }
            window.screenshot("not-found-1500");
            window.resize(1024, 800);
            window.screenshot("not-found-1024");
            window.click("a.not-found-back");
            window.waitForVisibleCell("vaadin-grid.project-grid", "Riverside Medical Office Building");
        }
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_cookie_is_guarded() throws Exception {
        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("login")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(direct.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(direct.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
        assertThat(direct.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().asString().contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // behind a proxy that terminated HTTPS the session cookie is Secure
        HttpResponse<String> proxied = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().asString().contains("Secure", "HttpOnly");
    }

    @Test
    void five_wrong_passwords_make_the_same_clients_next_sign_in_wait_even_with_the_right_one() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(signIn(client, "admin", "admin", "198.51.100.6")).doesNotContain("error");
        // a client of its own behind the (trusted, local) proxy, so that no other test's sign-in waits
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(client, "viewer", "not the password", "198.51.100.7")).endsWith("/login?error");
        }
        assertThat(signIn(client, "viewer", "viewer", "198.51.100.7")).endsWith("/login?error");
        // behind the same office address, or wherever an attacker tries the name from, the user is only slowed down
        assertThat(signIn(client, "viewer", "viewer", "198.51.100.8")).doesNotContain("error");
    }

    @Test
    void a_forwarded_address_counts_only_from_a_trusted_proxy() throws Exception {
        // this machine seen from its network, not its loopback: a client as any other, no proxy of ours
        java.net.InetAddress outside = java.net.NetworkInterface.networkInterfaces()
                .filter(network -> !network.getName().startsWith("lo"))
                .flatMap(java.net.NetworkInterface::inetAddresses)
                .filter(address -> address instanceof java.net.Inet4Address && !address.isLoopbackAddress())
                .findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has a network address");
        String base = "http://" + outside.getHostAddress() + ":" + port + "/";
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(client, base, "admin", "not the password", "192.0.2." + (10 + i))).endsWith("/login?error");
        }
        // each try claimed another address; all came from the same one, which now waits
        assertThat(signIn(client, base, "admin", "admin", "192.0.2.99")).endsWith("/login?error");
    }

    @Test
    void a_sign_in_form_posted_without_the_pages_token_signs_no_one_in() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("X-Forwarded-For", "198.51.100.9").build(), HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        // as another site's form would post it: the right credentials, no token, with and without the cookie
        for (boolean withCookie : new boolean[] {false, true}) {
            HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "198.51.100.9")
                    .header("Origin", "https://attacker.example")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin"));
            if (withCookie) {
                forged.header("Cookie", session);
            }
            HttpResponse<String> posted = client.send(forged.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
            String cookie = posted.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().map(c -> c.split(";")[0]).orElse(session);
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(url("")))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).as("not signed in").isEqualTo(302);
        }
    }

    /** Posts the sign-in form as the browser does and answers where it redirects to. */
    private String signIn(HttpClient client, String username, String password, String address) throws Exception {
        return signIn(client, url(""), username, password, address);
    }

    private String signIn(HttpClient client, String base, String username, String password, String address)
            throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(SignInForm.body(page.body(), username, password)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers().firstValue("Location").orElseThrow();
    }

    /** The pages the first invoices in the grid's order bring to a backup: 2 rendered, and their documents' own. */
    private int invoicePages(long projectId, int invoices) throws IOException {
        long admin = companies.findUser("admin").orElseThrow().id();
        int pages = 0;
        for (InvoiceRow row : grid.page(admin, projectId, InvoiceFilter.NONE, List.of(), 0, invoices)) {
            pages += 2;
            for (Attachment attachment : attachments.attachments(admin, InvoiceRef.subcontractor(row.id()))) {
                if (attachment.mediaType().startsWith("image/")) {
                    pages++;
                    continue;
                }
                try (InputStream content = attachments.file(admin, attachment.id()).content().getInputStream();
                     PdfDocument document = new PdfDocument(new PdfReader(content))) {
                    pages += document.getNumberOfPages();
                }
            }
        }
        return pages;
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
