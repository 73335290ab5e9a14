package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestSchemaInitializer;
import com.invoicebackups.company.CompanyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A first customer without a mail server, from an empty production database: the administrator made by
 * {@code admin create} adds a user "with a one-time link" and is shown the link, as no mail can carry it; the user
 * sets a password with it and signs in; the administrator finds and edits the user, then deactivates them, whose
 * open tab then ends, and can always hand over a new link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=")
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestSchemaInitializer.class)
class WithoutMailBrowserIT {

    private static final String ADMIN_PASSWORD = "tidewater admin 2027";
    private static final String USER_PASSWORD = "tidewater estimator 2027";

    @LocalServerPort
    int port;
    @Autowired
    CompanyService companies;

    @Test
    void the_administrator_hands_over_the_link_the_user_sets_a_password_and_deactivation_ends_the_session()
            throws Exception {
        AdminCreate.run(companies, "Tidewater Builders", "tess", "Tess Marlow", "tess@tidewater.example",
                ADMIN_PASSWORD);

        try (Browser admin = new Browser(port, "1500,1000"); Browser user = new Browser(port, "1500,1000")) {
            admin.signIn("tess", ADMIN_PASSWORD);
            admin.open("admin/users");
            admin.clickButton("New user");
            admin.fill("Name", "Omar Reyes");
            admin.fill("User name", "omar");
            admin.fill("Email", "omar@tidewater.example");
            admin.choose("Company", "Tidewater Builders");
            admin.clickButton("Save");
            admin.waitForText(".hand-over-link-dialog, vaadin-dialog-overlay", "No mail server is configured");
            String link = (String) admin.script("return document.querySelector('vaadin-text-field.hand-over-link').value");
            assertThat(link).contains("/set-password/");
            assertThat((String) admin.script("return document.body.innerText")).as("no mail is claimed")
                    .doesNotContain("link was sent");
            admin.screenshot("hand-over-link");
            admin.clickButton("Close");
            admin.waitForVisibleCell("vaadin-grid.user-grid", "omar@tidewater.example");

            user.open("set-password/" + link.substring(link.indexOf("set-password/") + "set-password/".length()));
            user.fill("New password", USER_PASSWORD);
            user.fill("New password again", USER_PASSWORD);
            user.clickButton("Set your password");
            user.waitForText("p", "Your password is set. Sign in as omar.");
            user.signIn("omar", USER_PASSWORD);
            user.waitForText("p", "You are not a member of any project yet.");

            // the administrator finds the user, and edits their name and e-mail
            admin.fill("Find a user", "omar@");
            admin.waitForVisibleCell("vaadin-grid.user-grid", "omar@tidewater.example");
            // the search hides the other users
            admin.wait.until(driver -> (Long) admin.script("return [...document.querySelectorAll('vaadin-grid.user-grid"
                    + " vaadin-grid-cell-content')].filter(c => c.offsetHeight > 0 && c.textContent.includes('tess@'))"
                    + ".length") == 0L);
            admin.screenshot("users-search");
            admin.clickCell("vaadin-grid.user-grid", "omar");
            admin.clickButton("Edit");
            admin.fill("Name", "Omar Reyes-Diaz");
            admin.fill("Email", "omar.reyes@tidewater.example");
            admin.screenshot("user-edit-dialog");
            admin.clickButton("Save");
            admin.waitForText("vaadin-notification-card", "Omar Reyes-Diaz is saved.");
            admin.fill("Find a user", "");
            admin.waitForVisibleCell("vaadin-grid.user-grid", "omar.reyes@tidewater.example");
            admin.screenshot("users-after-edit");

            admin.clickCell("vaadin-grid.user-grid", "omar");
            admin.clickButton("Deactivate");
            admin.waitForText("vaadin-notification-card", "Omar Reyes-Diaz is deactivated");
            user.click("a.app-name");
            user.wait.until(driver -> (Boolean) user.script("return !!document.querySelector('vaadin-login-form')"));

            // a new link, any time: shown again, as no mail carries it
            admin.clickButton("Send a new link");
            admin.waitForText(".hand-over-link-dialog, vaadin-dialog-overlay", "Hand this link to Omar Reyes-Diaz");
            assertThat((String) admin.script("return document.querySelector('vaadin-text-field.hand-over-link').value"))
                    .contains("/set-password/").isNotEqualTo(link);
            admin.clickButton("Close");

            // the operator's other administration screens, in a narrow window
            admin.resize(1024, 800);
            admin.open("admin/companies");
            admin.waitForVisibleCell("vaadin-grid.company-grid", "Tidewater Builders");
            admin.waitForText("vaadin-button", "New company");
            // the operator adds a subcontractor and deactivates it; their own company offers no such button
            admin.clickButton("New company");
            admin.fill("Company", "Driftwood Electric");
            admin.clickButton("Save");
            admin.waitForVisibleCell("vaadin-grid.company-grid", "Driftwood Electric");
            admin.clickButtonIn("vaadin-grid.company-grid", "Deactivate");
            admin.waitForText("vaadin-notification-card", "Driftwood Electric is deactivated");
            admin.waitForVisibleCell("vaadin-grid.company-grid", "Deactivated: its users cannot sign in");
            assertThat((Long) admin.script("return [...document.querySelectorAll('vaadin-grid.company-grid vaadin-button')]"
                    + ".filter(b => b.offsetHeight > 0 && b.textContent.trim() === 'Deactivate').length"))
                    .as("the operator's own company cannot be deactivated").isZero();
            assertThat(companies.allCompanies()).filteredOn(company -> company.name().equals("Driftwood Electric"))
                    .singleElement().satisfies(company -> assertThat(company.active()).isFalse());
            admin.screenshot("admin-companies-1024");
            admin.open("admin/projects");
            admin.clickButton("New project");
            admin.fill("Number", "T-1");
            admin.fill("Project", "Harbor Pier");
            admin.clickButton("Save");
            admin.waitForVisibleCell("vaadin-grid.admin-project-grid", "Harbor Pier");
            admin.screenshot("admin-projects-1024");
            admin.open("admin/audit");
            admin.waitForVisibleCell("vaadin-grid.audit-grid", "User deactivated");
            admin.waitForVisibleCell("vaadin-grid.audit-grid", "name: Omar Reyes → Omar Reyes-Diaz");
            admin.waitForVisibleCell("vaadin-grid.audit-grid", "Signed in");
            admin.waitForVisibleCell("vaadin-grid.audit-grid", "set-password link shown to the administrator, no mail"
                    + " being configured");
            admin.screenshot("admin-audit-1024");
            admin.select("Kind", "Sign-ins");
            admin.wait.until(driver -> !((String) admin.script("return document.querySelector('vaadin-grid.audit-grid')"
                    + ".innerText + [...document.querySelectorAll('vaadin-grid.audit-grid vaadin-grid-cell-content')]"
                    + ".filter(c => c.offsetHeight > 0).map(c => c.textContent).join('|')")).contains("User deactivated"));
            admin.waitForVisibleCell("vaadin-grid.audit-grid", "Signed in");
            String csv = (String) admin.script("return fetch(document.querySelector('a.audit-export').href)"
                    + ".then(response => response.text())");
            assertThat(csv).as("the export holds what the filters show").contains("\"Signed in\"", "\"Omar Reyes (omar)\"")
                    .doesNotContain("User deactivated");
        }
    }
}
