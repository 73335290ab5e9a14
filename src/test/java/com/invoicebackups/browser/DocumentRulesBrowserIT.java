package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.invoicing.DocumentRules;
import com.invoicebackups.project.ProjectService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * In headless Chromium: the administrator requires a valid insurance certificate on every invoice, confirms the
 * expiry read from a certificate, and finds the compile of an invoice without one blocked, with the reason; and
 * customises a package in the editor's tree.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class DocumentRulesBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    DocumentRules rules;
    @Autowired
    JdbcClient jdbc;

    Browser browser;
    long projectId;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port, "1500,1100");
        projectId = projects.findByNumber("2024-017").orElseThrow().id();
    }

    @AfterEach
    void closeBrowserAndLiftTheRules() {
        // the demo project is shared with the other browser tests
        rules.save(companies.findUser("admin").orElseThrow().id(), projectId, List.of());
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_required_certificate_blocks_the_compile_of_an_invoice_without_one_and_a_read_expiry_is_confirmed() {
        browser.signIn("admin", "admin");
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        browser.click(".project-set-up-links a[href$='document-rules']");
        browser.wait.until(driver -> browser.driver.getCurrentUrl().endsWith("/document-rules"));
        browser.waitForText("vaadin-grid.document-rule-grid", "No rules");
        browser.clickButton("Add a rule");
        browser.select("Document", "Insurance certificate");
        browser.script("document.querySelector('vaadin-grid.document-rule-grid vaadin-checkbox').click()");
        browser.clickButton("Save rules");
        browser.waitForText("vaadin-notification-card", "Document rules saved.");
        assertThat(rules.rules(companies.findUser("admin").orElseThrow().id(), projectId))
                .extracting(rule -> rule.documentType() + " " + rule.appliesTo() + " " + rule.blocking())
                .containsExactly("INSURANCE EVERY_INVOICE true");

        // the demo's certificate states its expiry; the screen proposes it until someone confirms it
        long certified = jdbc.sql("select subcontractor_invoice_id from attachment where file_name like 'Certificate of insurance %'"
                + " and subcontractor_invoice_id is not null order by id limit 1").query(Long.class).single();
        browser.driver.get(browser.url("projects/" + projectId + "/invoices/" + certified));
        browser.waitForText(".attachment-grid", "Read from the certificate");
        browser.click(".attachment-grid vaadin-button.confirm-expiry");
        browser.wait.until(driver -> (Boolean) browser.script(
                "return !document.querySelector('.attachment-grid vaadin-button.confirm-expiry')"));
        assertThat(jdbc.sql("select count(*) from attachment where subcontractor_invoice_id = ? and expiry_confirmed")
                .param(certified).query(Integer.class).single()).isEqualTo(1);
        // the next certificate's expiry can be given with the upload
        browser.choose("Type of the next files", "Insurance certificate");
        browser.wait.until(driver -> (Boolean) browser.script(
                "const picker = document.querySelector('vaadin-date-picker.next-expiry');"
                + "return !!picker && picker.offsetHeight > 0 && picker.label === 'Certificate expires';"));

        // the first invoice of the grid holds no valid certificate: the compile is blocked and says why
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        browser.wait.until(driver -> (Boolean) browser.script(
                "return document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox').length > 3"));
        browser.script("document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox')[1].click()");
        browser.clickButton("Compile Invoice Backups");
        browser.waitForText(".compile-problems", "no insurance certificate valid on the billing date");
        browser.clickButton("Cancel");
    }

    @Test
    void the_package_editor_shows_the_tree_and_leaves_a_document_out_for_one_compile() {
        browser.signIn("admin", "admin");
        browser.driver.get(browser.url("projects/" + projectId + "/invoicing"));
        browser.wait.until(driver -> (Boolean) browser.script(
                "return document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox').length > 3"));
        browser.script("document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox')[1].click()");
        browser.clickButton("Compile Invoice Backups");
        browser.clickButton("Customise");
        browser.waitForVisibleCell("vaadin-grid.package-tree", "Invoice document");
        browser.wait.until(driver -> (Boolean) browser.script("const boxes = [...document.querySelectorAll("
                + "'vaadin-grid.package-tree vaadin-checkbox.editor-include')].filter(b => b.offsetHeight > 0);"
                + "if (boxes.length < 3) { return false; } boxes[2].click(); return true;"));
        browser.clickButton("Done");
        browser.waitForText(".compile-customised", "Customised for this compile: no invoice and 1 document left out.");
        browser.clickButton("Cancel");
    }
}
