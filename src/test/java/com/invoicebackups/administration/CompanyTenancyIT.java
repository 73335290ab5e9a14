package com.invoicebackups.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicebackups.IntegrationTest;
import com.invoicebackups.audit.AuditRecord;
import com.invoicebackups.audit.AuditTrail;
import com.invoicebackups.company.Company;
import com.invoicebackups.company.CompanyKind;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.NewUser;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.company.UserSummary;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.shared.RuleViolation;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Several companies on one installation: a company administrator administers their own company's users and the
 * projects it owns, and never sees another company's users, projects or audit records; the operator, whom
 * {@code admin create} makes, administers every company.
 */
@IntegrationTest
class CompanyTenancyIT {

    @Autowired
    CompanyService companies;
    @Autowired
    ProjectService projects;
    @Autowired
    AuditTrail audit;

    @Test
    void each_company_administrator_keeps_to_their_own_company_and_the_operator_reaches_every_one() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Company builders = companies.createCompany("Builders " + tag, CompanyKind.GENERAL_CONTRACTOR, "gc");
        Company electric = companies.createCompany("Electric " + tag, CompanyKind.SUBCONTRACTOR, "specialty");
        UserAccount operator = user("operator-" + tag, builders);
        companies.makeOperator(operator.id());
        UserAccount alice = user("alice-" + tag, builders);
        companies.makeCompanyAdministrator(alice.id());
        UserAccount bob = user("bob-" + tag, electric);
        companies.makeCompanyAdministrator(bob.id());
        UserAccount worker = user("worker-" + tag, electric);

        // users: each sees and changes their own company's only
        UserSummary carol = companies.createUser(alice.id(), new NewUser("carol-" + tag, "Carol", "carol@b.example",
                builders.id(), "carol first password", false)).user();
        assertThat(companies.users(alice.id())).extracting(UserSummary::companyId).containsOnly(builders.id())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(companies.users(bob.id())).extracting(UserSummary::id)
                .contains(bob.id(), worker.id()).doesNotContain(alice.id(), carol.id(), operator.id());
        assertThatThrownBy(() -> companies.createUser(alice.id(), new NewUser("mallory-" + tag, "Mallory",
                "m@e.example", electric.id(), "mallory password 1", true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.setActive(alice.id(), worker.id(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.resetPassword(bob.id(), carol.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.sendNewLink(bob.id(), carol.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(companies.setActive(bob.id(), worker.id(), false).active()).isFalse();

        // companies: the operator creates them; a company administrator edits their own
        assertThatThrownBy(() -> companies.saveCompany(alice.id(), null, "Sneaky " + tag, CompanyKind.OWNER, null,
                "gc")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.saveCompany(alice.id(), electric.id(), "Renamed " + tag,
                CompanyKind.SUBCONTRACTOR, null, "gc")).isInstanceOf(AccessDeniedException.class);
        companies.saveCompany(bob.id(), electric.id(), "Electric Co " + tag, CompanyKind.SUBCONTRACTOR, null,
                "specialty");
        assertThatThrownBy(() -> companies.saveCompany(operator.id(), null, "electric co " + tag,
                CompanyKind.SUBCONTRACTOR, null, "gc")).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("company.error.name-taken"));
        assertThat(companies.administeredCompanies(bob.id())).extracting(Company::id).containsExactly(electric.id());
        assertThat(companies.administeredCompanies(operator.id())).extracting(Company::id)
                .contains(builders.id(), electric.id());

        // projects: those the company owns
        Project hospital = projects.saveProject(alice.id(), null, "Hospital " + tag, "H-" + tag, null, "USD");
        assertThat(projects.allProjects(alice.id())).extracting(Project::id).contains(hospital.id());
        assertThat(projects.allProjects(bob.id())).extracting(Project::id).doesNotContain(hospital.id());
        assertThat(projects.allProjects(operator.id())).extracting(Project::id).contains(hospital.id());
        assertThat(projects.maySetUp(bob.id(), hospital.id())).isFalse();
        assertThatThrownBy(() -> projects.members(bob.id(), hospital.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.maySetUp(operator.id(), hospital.id())).isTrue();

        // the audit trail: what the company's own users did
        assertThat(audit.newest(bob.id(), tag, 0, 100)).extracting(AuditRecord::actorName)
                .containsOnly(bob.displayName()).isNotEmpty();
        assertThat(audit.newest(alice.id(), tag, 0, 100)).extracting(AuditRecord::actorName)
                .containsOnly(alice.displayName()).isNotEmpty();
        assertThat(audit.newest(operator.id(), tag, 0, 100)).extracting(AuditRecord::actorName)
                .contains(alice.displayName(), bob.displayName());
        assertThatThrownBy(() -> audit.newest(worker.id(), "", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private UserAccount user(String username, Company company) {
        return companies.createUser(username, "User " + username, username + "@test.example", company.id(),
                "a first password");
    }
}
