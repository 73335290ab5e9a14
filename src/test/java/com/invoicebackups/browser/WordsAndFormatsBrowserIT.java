package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * In Chromium that asks for British English: the administrator sees UK dates and amounts, then switches among the
 * three dictionaries on the Invoicing screen and reads each one's words on the tabs, columns, button, compile
 * dialog and alert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class WordsAndFormatsBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port, "1500,1000", "en-GB");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        companies.chooseDictionary(companies.findUser("admin").orElseThrow().id(), "gc");
    }

    @Test
    void the_administrator_reads_uk_formats_and_each_dictionarys_words() {
        browser.signIn("admin", "admin");
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        browser.open("projects/" + projectId + "/invoicing");
        browser.waitForVisibleCell("vaadin-grid.invoice-grid", "US$");
        assertThat((Boolean) browser.script("return [...document.querySelectorAll('vaadin-grid.invoice-grid "
                + "vaadin-grid-cell-content')].some(c => /^\\d{2}\\/\\d{2}\\/20\\d{2}$/.test(c.textContent.trim()))"))
                .as("a billing date written day first").isTrue();

        browser.select("Terminology", "Specialty contractor");
        browser.waitForText(".page-title", "Progress Billings");
        browser.waitForText("vaadin-grid.invoice-grid vaadin-grid-sorter", "Progress Billing #");
        // the first row's check box, clicked again until the server has seen the selection
        browser.wait.until(driver -> browser.script("""
                const box = document.querySelectorAll('vaadin-grid.invoice-grid vaadin-checkbox')[1];
                if (box && !box.checked) { box.click(); }
                return [...document.querySelectorAll('vaadin-button')].some(b =>
                    b.textContent.trim().startsWith('Compile Progress Billing Backups') && !b.hasAttribute('disabled'));"""));
        browser.clickButton("Compile Progress Billing Backups");
        browser.waitForText("vaadin-dialog-overlay, .compile-dialog", "1 progress billing will be compiled");
        browser.clickButton("Compile");
        browser.waitForText(".backup-succeeded", "Progress billing backup compiled");

        browser.select("Terminology", "Owner");
        browser.waitForText("vaadin-tab", "Funding");
        browser.waitForText("vaadin-tab", "Contractor");
        browser.waitForText("vaadin-grid.invoice-grid vaadin-grid-sorter", "Contractor");
        browser.waitForText("vaadin-button", "Compile Invoice Backups");

        browser.select("Terminology", "General contractor");
        browser.waitForText("vaadin-tab", "Subcontractor");
        browser.waitForText(".page-title", "Invoicing");
    }
}
