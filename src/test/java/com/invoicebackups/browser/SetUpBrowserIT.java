package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.ScheduleLine;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.contract.Subcontract;
import com.invoicebackups.contract.SubcontractForm;
import com.invoicebackups.contract.SubcontractStatus;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoiceStatus;
import com.invoicebackups.invoicing.NewSubcontractorInvoice;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A company starts from an empty production database: the first administrator made by the command line
 * sets up companies, a user, a project with its members, the prime contract, a subcontract whose schedule of
 * values comes from a CSV file (a file with a bad line first, which changes nothing) and billing periods; the
 * subcontractor's invoice contact then signs in and finds that subcontract and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class SetUpBrowserIT {

    private static final String ADMIN_PASSWORD = "harbor line admin 2027";
    private static final String CONTACT_PASSWORD = "granite contact 2027";
    private static final String BRUNO_PASSWORD = "bruno first password 2027";
    private static final String OWNER_PASSWORD = "bayview owner olga 2027";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    CompanyService companies;
    @Autowired
    BillingPeriodService periods;
    @Autowired
    InvoiceService invoices;
    @Autowired
    ProjectService projects;
    @Autowired
    ContractService contracts;

    @Test
    void the_first_administrator_sets_up_a_project_and_its_invoice_contact_sees_only_their_subcontract()
            throws Exception {
        assertThat(companies.allUsers()).isEmpty();
        AdminCreate.run(companies, "Harbor Line Builders", "hana", "Hana Ito", "hana@harborline.example",
                ADMIN_PASSWORD);

        try (Browser browser = new Browser(port, "1500,1000")) {
            browser.signIn("hana", ADMIN_PASSWORD);
            browser.waitForText("p", "You are not a member of any project yet.");
            // the first administrator is led to where projects are made
            browser.waitForText(".projects-empty-next", "As an administrator, you create projects and add their"
                    + " members, yourself included, under Administration.");
            browser.screenshot("first-run-administrator");
            browser.click(".projects-empty-next a");
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/admin/projects"));

            browser.menu("Administration", "Companies");
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/admin/companies"));
            browser.clickButton("New company");
            browser.fill("Company", "Granite Concrete Co.");
            browser.fill("Address", "88 Quarry Lane, Bayview, CA");
            browser.clickButton("Save");
            browser.waitForVisibleCell("vaadin-grid.company-grid", "Granite Concrete Co.");
            browser.clickButton("New company");
            browser.fill("Company", "Bayview Hospital District");
            browser.select("Kind", "Owner");
            browser.clickButton("Save");
            browser.waitForVisibleCell("vaadin-grid.company-grid", "Bayview Hospital District");
            // the general contractor has no seal yet: the screen names the keystore file the operator may place
            long builders = companies.findUser("hana").orElseThrow().companyId();
            browser.waitForVisibleCell("vaadin-grid.company-grid",
                    "None (keystore company-" + builders + ".p12 in the seal folder)");

            browser.menu("Administration", "Users");
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/admin/users"));
            browser.clickButton("New user");
            browser.fill("Name", "Gina Russo");
            browser.fill("User name", "gina");
            browser.fill("Email", "gina@graniteconcrete.example");
            browser.choose("Company", "Granite Concrete Co.");
            browser.script("[...document.querySelectorAll('vaadin-radio-button')].find(r => r.textContent.includes('initial password')).click()");
            browser.fill("Initial password", CONTACT_PASSWORD);
            browser.clickButton("Save");
            browser.waitForVisibleCell("vaadin-grid.user-grid", "gina@graniteconcrete.example");
            // a user without an initial password gets a one-time link by email; typed once the last dialog is gone
            browser.wait.until(driver -> browser.script("return ![...document.querySelectorAll('vaadin-text-field')]"
                    + ".some(f => f.label === 'Name' && f.offsetHeight > 0)"));
            browser.clickButton("New user");
            browser.fill("Name", "Bruno Diaz");
            browser.fill("User name", "bruno");
            browser.fill("Email", "bruno@harborline.example");
            browser.choose("Company", "Harbor Line Builders");
            browser.clickButton("Save");
            browser.waitForVisibleCell("vaadin-grid.user-grid", "bruno@harborline.example");

            browser.menu("Administration", "Projects");
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/admin/projects"));
            browser.clickButton("New project");
            browser.fill("Number", "2027-001");
            browser.fill("Project", "Bayview Clinic");
            browser.fill("Address", "5 Harbor Way, Bayview, CA");
            browser.clickButton("Save");
            browser.waitForVisibleCell("vaadin-grid.admin-project-grid", "Bayview Clinic");
            Project project = projects.findByNumber("2027-001").orElseThrow();
            assertThat(project.currency()).isEqualTo("USD");

            browser.click("vaadin-grid.admin-project-grid a[href$='/members']");
            browser.choose("Add a user to the project", "Gina Russo · Granite Concrete Co.");
            browser.clickButton("Add");
            browser.waitForVisibleCell("vaadin-grid.member-grid", "Gina Russo");

            browser.open("projects/" + project.id() + "/contracts");
            browser.clickButton("New prime contract");
            browser.fill("Number", "PC-1");
            browser.fill("Title", "Bayview Clinic construction");
            browser.choose("Owner", "Bayview Hospital District");
            browser.clickButton("Save");
            browser.waitForVisibleCell("vaadin-grid.prime-contract-grid", "Bayview Hospital District");

            browser.clickButton("New subcontract");
            browser.fill("Number", "SC-1");
            browser.fill("Title", "Concrete");
            browser.choose("Company", "Granite Concrete Co.");
            browser.choose("Invoice contacts", "Gina Russo · Granite Concrete Co.");
            browser.clickButton("Save");
            browser.waitForVisibleCell("vaadin-grid.subcontract-grid", "Concrete");
            long companyId = companies.allCompanies().stream().filter(c -> c.name().startsWith("Granite")).findFirst()
                    .orElseThrow().id();
            long adminId = companies.findUser("hana").orElseThrow().id();
            contracts.saveSubcontract(adminId, project.id(), null, new SubcontractForm("SC-2", "Site electrical",
                    companyId, SubcontractStatus.APPROVED, BigDecimal.TEN, false, Set.of(), Set.of()));

            Subcontract sc1 = contracts.subcontractsForSetUp(adminId, project.id()).getFirst();
            browser.clickButtonIn("vaadin-grid.subcontract-grid", "Schedule of values");
            browser.drop("vaadin-upload.schedule-import", "sov-bad.csv", "text/csv", """
                    item,description,scheduled_value,cost_code
                    1,Footings,"$42,000.00",03-100
                    2,Slab on grade,12.5x,03-200
                    """.getBytes(StandardCharsets.UTF_8));
            browser.waitForText(".schedule-problems li", "Line 3: the scheduled value \"12.5x\" is not an amount.");
            assertThat(browser.script("return document.querySelectorAll('.schedule-problems li').length")).isEqualTo(1L);
            // the upload's own list marks the refused file as refused, not as done
            assertThat(browser.uploadOutcomes("vaadin-upload.schedule-import"))
                    .containsEntry("sov-bad.csv", "sov-bad.csv was not imported: 1 problem.");
            assertThat(contracts.subcontractSov(sc1.id())).isEmpty();
            browser.drop("vaadin-upload.schedule-import", "sov.csv", "text/csv", """
                    item,description,scheduled_value,cost_code,change_order
                    1,Footings,"$42,000.00",03-100,no
                    2,Slab on grade,61500.50,03-200,no
                    CO-1,"Added pier, owner request",8000,03-900,yes
                    """.getBytes(StandardCharsets.UTF_8));
            browser.waitForText("span", "3 lines, total $111,500.50");
            browser.clickButton("Save");
            browser.waitForText("vaadin-notification-card", "Schedule of values saved: 3 lines.");
            assertThat(contracts.subcontractSov(sc1.id())).extracting(line -> line.itemNumber() + " "
                    + line.scheduledValue().amount() + " " + line.changeOrder())
                    .containsExactly("1 42000.00 false", "2 61500.50 false", "CO-1 8000.00 true");

            browser.open("projects/" + project.id() + "/invoicing");
            browser.clickTab("Billing Periods");
            browser.clickButton("Create a monthly cycle");
            browser.fill("Number of periods", "3");
            browser.clickButton("Save");
            browser.waitForText("vaadin-notification-card", "3 billing periods created.");
            browser.clickCell("vaadin-grid.billing-period-grid", "1");
            browser.clickButton("Open");
            browser.waitForVisibleCell("vaadin-grid.billing-period-grid", "Open");

            browser.signOut();
            browser.signIn("gina", CONTACT_PASSWORD);
            browser.waitForVisibleCell("vaadin-grid.project-grid", "Bayview Clinic");
            browser.clickCell("vaadin-grid.project-grid", "Bayview Clinic");
            // an empty grid says why: no invoices yet, or the search hides them
            browser.waitForText("vaadin-grid.invoice-grid", "No invoices yet. An invoice contact starts one with"
                    + " New invoice in the open billing period.");
            browser.screenshot("first-run-no-invoices");
            WebElement search = browser.driver.findElement(By.cssSelector("vaadin-text-field.invoice-search input"));
            search.sendKeys("no such invoice", Keys.TAB);
            browser.waitForText("vaadin-grid.invoice-grid", "No invoice matches the search and filters."
                    + " Clear them to see every invoice.");
            search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
            browser.waitForText("vaadin-grid.invoice-grid", "No invoices yet.");
            browser.click("vaadin-button.new-invoice");
            browser.wait.until(driver -> browser.script("const box = document.querySelector('vaadin-combo-box.new-invoice-contract');"
                    + "if (!box) { return false; } box.opened = true; return true;"));
            browser.wait.until(driver -> browser.script("return document.querySelectorAll('vaadin-combo-box-item').length > 0"));
            assertThat(browser.script("return [...document.querySelectorAll('vaadin-combo-box-item')].map(i => i.textContent.trim())"))
                    .isEqualTo(List.of("SC-1 Concrete"));
            browser.script("document.querySelector('vaadin-combo-box.new-invoice-contract').opened = false");
            browser.click("vaadin-button.new-invoice-create");
            browser.waitForText("vaadin-grid-cell-content", "Added pier, owner request");

            browser.signOut();
            browser.signIn("hana", ADMIN_PASSWORD);
            browser.menu("Administration", "Audit trail");
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/admin/audit"));
            browser.waitForVisibleCell("vaadin-grid.audit-grid", "Invoice contacts changed");
            browser.waitForVisibleCell("vaadin-grid.audit-grid", "added Gina Russo (gina)");
            browser.waitForVisibleCell("vaadin-grid.audit-grid", "not a member → Commitments Read only, Prime Contracts None");

            // the schedule again, from Excel on Windows (Windows-1252): the billed lines stay, a change order joins
            browser.open("projects/" + project.id() + "/contracts");
            browser.clickButtonIn("vaadin-grid.subcontract-grid", "Schedule of values");
            browser.drop("vaadin-upload.schedule-import", "sov-windows.csv", "text/csv", """
                    item,description,scheduled_value,cost_code,change_order
                    1,Footings,"$42,000.00",03-100,no
                    2,Slab on grade,61500.50,03-200,no
                    CO-1,"Added pier, owner request",8000,03-900,yes
                    CO-2,Façade anchors – east,2500,03-910,yes
                    """.getBytes(java.nio.charset.Charset.forName("windows-1252")));
            browser.waitForText("span", "4 lines, total $114,000.50");
            browser.clickButton("Save");
            browser.waitForText("vaadin-notification-card", "Schedule of values saved: 4 lines.");
            assertThat(contracts.subcontractSov(sc1.id())).extracting(SovLine::description).containsExactly(
                    "Footings", "Slab on grade", "Added pier, owner request", "Façade anchors – east");

            // the general contractor makes the period's owner invoice from the prime contract's schedule, and bills on it
            long prime = contracts.primeContractsForSetUp(adminId, project.id()).getFirst().id();
            contracts.savePrimeContractSchedule(adminId, prime, List.of(new ScheduleLine(null,
                    new NewSovLine("1", "Clinic building", Money.of("900000.00"), "01-000", false))));
            browser.open("projects/" + project.id() + "/invoicing");
            browser.clickTab("Owner");
            browser.click("vaadin-button.new-owner-invoice");
            browser.waitForText(".new-owner-invoice-dialog, vaadin-dialog-overlay", "It goes into billing period");
            browser.screenshot("new-owner-invoice-dialog");
            browser.click("vaadin-button.new-owner-invoice-create");
            browser.wait.until(driver -> driver.getCurrentUrl().matches(".*/owner-invoices/\\d+"));
            browser.waitForText(".invoice-title", "PC-1-01");
            WebElement ownerLine = browser.wait.until(driver -> driver.findElement(
                    By.cssSelector("vaadin-text-field.line-this-period[data-item='1'] input")));
            ownerLine.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "45000", Keys.TAB);
            browser.click("vaadin-button.invoice-save");
            browser.waitForText("vaadin-notification-card", "Invoice saved");
            browser.screenshot("owner-invoice-saved");
            browser.open("projects/" + project.id() + "/invoicing");
            browser.clickTab("Owner");
            browser.waitForVisibleCell("vaadin-grid.owner-invoice-grid", "PC-1-01");
            browser.waitForVisibleCell("vaadin-grid.owner-invoice-grid", "$45,000.00");

            // filled from the approved subcontractor invoices of the period: none yet, then one whose cost code matches
            browser.click("vaadin-grid.owner-invoice-grid a.invoice-link");
            browser.waitForText(".invoice-title", "PC-1-01");
            browser.click("vaadin-button.owner-prefill");
            browser.waitForText("vaadin-notification-card.owner-prefill-refused",
                    "No subcontractor invoice of this billing period is approved yet: nothing was filled.");
            Subcontract sc2 = contracts.subcontractsForSetUp(adminId, project.id()).get(1);
            long clinicLine = contracts.saveSubcontractSchedule(adminId, sc2.id(), List.of(new ScheduleLine(null,
                    new NewSovLine("1", "Clinic wiring", Money.of("80000.00"), "01-000", false)))).getFirst().id();
            long period = periods.periods(adminId, project.id()).getFirst().id();
            invoices.createSubcontractorInvoice(new NewSubcontractorInvoice(sc2.id(), period, "SC-2-01",
                    InvoiceStatus.APPROVED, null, null, null, null, null, null, List.of(new PayApplication.Entry(
                    clinicLine, Money.of("12000.00"), Money.of("500.00"), BigDecimal.TEN))));
            browser.click("vaadin-button.owner-prefill");
            browser.waitForText(".owner-prefill-dialog .owner-prefill-lines, vaadin-dialog-overlay",
                    "Item 1 Clinic building: $12,000.00 this period, $500.00 stored, from SC-2 SC-2-01");
            browser.screenshot("owner-prefill-dialog");
            browser.clickButton("Close");
            browser.waitForText(".g702-line[data-line='4']", "$12,500.00");

            // the general contractor submits it; the owner's administrator sends it back with a reason, then approves it
            String ownerInvoicePath = browser.driver.getCurrentUrl().replaceFirst("^http://[^/]+/", "");
            long hospital = companies.allCompanies().stream().filter(c -> c.name().startsWith("Bayview Hospital"))
                    .findFirst().orElseThrow().id();
            long olga = companies.createUser("olga", "Olga Brandt", "olga@bayviewhospital.example", hospital,
                    OWNER_PASSWORD).id();
            projects.addMember(project.id(), olga, Permission.NONE, Permission.ADMIN);
            companies.chooseDictionary(olga, "owner");
            browser.click("vaadin-button.action-submit");
            browser.waitForText(".invoice-status", "Submitted to owner");
            browser.signOut();
            browser.signIn("olga", OWNER_PASSWORD);
            browser.open(ownerInvoicePath);
            browser.waitForText(".invoice-status", "Submitted for your review");
            browser.click("vaadin-button.action-revise");
            browser.typeInto("Reason (sent to the general contractor)", "Stored materials need their delivery tickets.");
            browser.click("vaadin-button.review-confirm");
            browser.waitForText(".invoice-status", "Revise and resubmit");
            browser.signOut();
            browser.signIn("hana", ADMIN_PASSWORD);
            browser.open(ownerInvoicePath);
            browser.waitForText(".invoice-view", "Stored materials need their delivery tickets.");
            browser.screenshot("owner-invoice-sent-back");
            browser.click("vaadin-button.action-submit");
            browser.waitForText(".invoice-status", "Submitted to owner");
            browser.signOut();
            browser.signIn("olga", OWNER_PASSWORD);
            browser.open(ownerInvoicePath);
            browser.click("vaadin-button.action-approve");
            browser.waitForText(".invoice-status", "Approved");
            browser.screenshot("owner-invoice-approved-by-owner");

            // the general contractor compiles the owner backup and sends it to the owner and to the lender
            browser.signOut();
            browser.signIn("hana", ADMIN_PASSWORD);
            browser.open("projects/" + project.id() + "/invoicing");
            browser.clickTab("Owner");
            browser.wait.until(driver -> browser.script("const boxes = document.querySelectorAll("
                    + "'vaadin-grid.owner-invoice-grid vaadin-checkbox');"
                    + "if (boxes.length > 1 && boxes[1].offsetHeight > 0) { boxes[1].click(); return true; } return false;"));
            browser.clickButton("Compile Invoice Backups");
            browser.waitForText(".compile-dialog, vaadin-dialog, vaadin-dialog-overlay", "will be compiled");
            browser.clickButton("Compile");
            browser.waitForText(".backup-succeeded", "backup");
            browser.clickTab("Backups");
            browser.click("vaadin-grid.backup-history vaadin-button.backup-send");
            browser.waitForText(".delivery-dialog, vaadin-dialog-overlay", "Members of the owner's company on this project");
            browser.tickDeliveryMember("Olga Brandt");
            browser.typeInto("Other e-mail addresses", "loans@harborbank.example, not-an-address");
            browser.click("vaadin-button.delivery-send");
            browser.waitForText("vaadin-text-area.delivery-addresses",
                    "\"not-an-address\" is not an e-mail address. Nothing was sent");
            browser.typeInto("Other e-mail addresses", "loans@harborbank.example");
            browser.click("vaadin-button.delivery-send");
            browser.waitForText(".delivery-list", "To loans@harborbank.example, sent by Hana Ito");
            browser.waitForText(".delivery-list", "To Olga Brandt <olga@bayviewhospital.example>");
            browser.screenshot("delivery-dialog");

            // the lender downloads the backup through the link in the mail, without an account
            String token = DeliveryMails.token(smtp, "harborbank.example");
            browser.signOut();
            browser.open("delivery/" + token);
            browser.waitForText("a.delivery-file", "Owner invoice backup");
            browser.screenshot("delivery-page");
            java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.url("delivery/" + token + "/1")))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            // the download is in the backup's history; once revoked, the link says so
            browser.signIn("hana", ADMIN_PASSWORD);
            browser.open("projects/" + project.id() + "/invoicing");
            browser.clickTab("Backups");
            browser.click("vaadin-grid.backup-history vaadin-button.backup-send");
            browser.waitForText(".delivery-list .delivery-download", "Downloaded Owner invoice backup");
            browser.revokeDeliveryTo("loans@harborbank.example");
            browser.waitForText(".delivery-list", "revoked by Hana Ito");
            browser.signOut();
            browser.open("delivery/" + token);
            browser.waitForText(".delivery-gone", "This link has expired or was revoked");
            browser.screenshot("delivery-link-revoked");
            // the owner's link ends when it expires
            String ownerToken = DeliveryMails.token(smtp, "bayviewhospital.example");
            browser.open("delivery/" + ownerToken);
            browser.waitForText("a.delivery-file", "Owner invoice backup");
            com.invoicebackups.TestClock.later(java.time.Duration.ofDays(31), () -> {
                browser.open("delivery/" + ownerToken);
                browser.waitForText(".delivery-gone", "This link has expired or was revoked");
            });
            browser.signIn("hana", ADMIN_PASSWORD);

            // the emailed link sets Bruno's first password once; then he signs in with it
            assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
            String body = java.util.Arrays.stream(smtp.getReceivedMessagesForDomain("harborline.example"))
                    .map(GreenMailUtil::getBody).filter(text -> text.contains("set-password/")).findFirst().orElseThrow();
            Matcher link = Pattern.compile("set-password/([A-Za-z0-9_-]+)").matcher(body);
            assertThat(link.find()).as(body).isTrue();
            browser.signOut();
            browser.open("set-password/" + link.group(1));
            browser.fill("New password", BRUNO_PASSWORD);
            browser.fill("New password again", BRUNO_PASSWORD);
            browser.clickButton("Set your password");
            browser.waitForText("p", "Your password is set. Sign in as bruno.");
            browser.open("set-password/" + link.group(1));
            browser.waitForText("p", "This link is no longer valid.");
            browser.signIn("bruno", BRUNO_PASSWORD);
            browser.waitForText("p", "You are not a member of any project yet.");
            // a user who is not an administrator is told whom to ask
            browser.waitForText(".projects-empty-next",
                    "Ask Hana Ito, the administrator of Harbor Line Builders, to add you to a project.");
            browser.screenshot("first-run-member");
            browser.resize(1024, 800);
            browser.screenshot("first-run-member-1024");
        }
    }
}
