package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.ProjectService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A user's open sessions end as soon as their credentials do: a password changed in one session ends the others and
 * keeps that one; an administrator's deactivation or password reset ends every one, at its next click, and an
 * address such as an attachment's is no longer served to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class SessionsEndBrowserIT {

    private static final String FIRST_PASSWORD = "first password of the day";
    private static final String SECOND_PASSWORD = "second password of the day";

    @LocalServerPort
    int port;
    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;

    @Test
    void a_password_change_keeps_only_its_session_and_deactivation_or_a_reset_ends_every_session() throws Exception {
        UserAccount admin = companies.findUser("admin").orElseThrow();
        String username = "estimator-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount user = companies.createUser(username, "Erin Estimator", username + "@keystone.example",
                admin.companyId(), FIRST_PASSWORD);
        long projectId = projects.findByNumber("2024-017").orElseThrow().id();
        // an invoice administrator, who reads every invoice's documents
        projects.addMember(projectId, user.id(), Permission.ADMIN, Permission.READ_ONLY);
        String invoicing = "projects/" + projectId + "/invoicing";

        try (Browser desk = new Browser(port, "1500,1000"); Browser laptop = new Browser(port, "1500,1000");
             Browser administrator = new Browser(port, "1500,1000")) {
            desk.signIn(username, FIRST_PASSWORD);
            laptop.signIn(username, FIRST_PASSWORD);
            desk.open(invoicing);
            laptop.open(invoicing);
            desk.waitForText("vaadin-tab", "Billing Periods");
            laptop.waitForText("vaadin-tab", "Billing Periods");
            assertThat(status(desk, "invoices/1/document")).isEqualTo(200);

            // a new password at the desk: the desk goes on, the laptop's open tab is sent to sign in at its next click
            desk.clickButton("Password");
            desk.fill("Current password", FIRST_PASSWORD);
            desk.fill("New password", SECOND_PASSWORD);
            desk.fill("New password again", SECOND_PASSWORD);
            desk.clickButton("Save");
            desk.waitForText("vaadin-notification-card", "Your password was changed");
            laptop.click("a.app-name");
            awaitSignInPage(laptop);
            desk.open(invoicing);
            desk.waitForText("vaadin-tab", "Billing Periods");
            assertThat(desk.driver.getCurrentUrl()).doesNotContain("login");

            // deactivated by the administrator: the desk's open tab ends at its next click, and so does any address
            administrator.signIn("admin", "admin");
            administrator.open("admin/users");
            administrator.clickCell("vaadin-grid.user-grid", username);
            administrator.clickButton("Deactivate");
            administrator.waitForText("vaadin-notification-card", "Erin Estimator is deactivated");
            assertThat(status(desk, "invoices/1/document")).isNotEqualTo(200);
            desk.click("a.app-name");
            awaitSignInPage(desk);
            desk.screenshot("session-ended-after-deactivation");

            // reactivated, signed in again, then the password reset: that session ends too
            administrator.clickButton("Reactivate");
            administrator.waitForText("vaadin-notification-card", "Erin Estimator can sign in again");
            laptop.signIn(username, SECOND_PASSWORD);
            laptop.open(invoicing);
            laptop.waitForText("vaadin-tab", "Billing Periods");
            administrator.clickButton("Reset password");
            administrator.clickButtonIn("vaadin-confirm-dialog", "Reset password");
            administrator.waitForText("vaadin-notification-card", "set-password link");
            laptop.click("a.app-name");
            awaitSignInPage(laptop);
        }
    }

    /** The page shows the sign-in form, whichever way the browser got there. */
    private static void awaitSignInPage(Browser browser) {
        browser.wait.until(driver -> (Boolean) browser.script(
                "return !!document.querySelector('vaadin-login-form, vaadin-login-overlay')"));
    }

    /** The status of the address fetched with the browser's cookies, following no redirect. */
    private static Object status(Browser browser, String path) {
        Object status = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'include', redirect: 'manual'})
                  .then(r => done(r.type === 'opaqueredirect' ? 302 : r.status)).catch(e => done(String(e)));""",
                browser.url(path));
        return status instanceof Number number ? number.intValue() : status;
    }
}
